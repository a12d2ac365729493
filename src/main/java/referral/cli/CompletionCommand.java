package referral.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code completion bash|zsh}: a completion script made by picocli's generator from the very command
 * model that parses the command line, so it cannot fall behind a new command or option. The same
 * script serves zsh, through zsh's bash-completion layer (bashcompinit), which the script loads.
 */
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    private final Io io;
    private final Specs.Arg<Shell> shellParam = Specs.positional("SHELL", Shell.class, "1",
            "The shell: ${COMPLETION-CANDIDATES}.");
    private CommandSpec spec;

    CompletionCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        spec = Specs.command(this, "completion",
                new String[] {"Print a script that completes referral's commands, options, formats and file"
                        + " names when you press Tab.",
                        "", "Load it from your shell's start-up file, as in the examples. For zsh the script"
                        + " turns on zsh's bash-completion layer (compinit and bashcompinit) itself."},
                new String[] {
                        "  source <(referral completion bash)     # in ~/.bashrc",
                        "  source <(referral completion zsh)      # in ~/.zshrc"},
                "0:printed", ExitCode.USAGE_ERROR, ExitCode.OUTPUT_PROBLEM);
        shellParam.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() {
        io.out().print(AutoComplete.bash("referral", spec.root().commandLine()));
        io.out().flush();
        return ExitCode.OK;
    }
}
