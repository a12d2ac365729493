package referral.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import referral.check.Checker;
import referral.files.FileProblem;
import referral.rules.Diagnostic;
import referral.rules.RulesLoader;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Check rules files for mistakes: YAML errors, unknown keys, dangling gotos,",
                "conditions on unknown questions or choices, next lists that fall through, cycles,",
                "unreachable questions and outcomes. Prints file:line:col: severity: message [code]."},
        footer = {"", "Examples:",
                "  referral check                      # the bundled tree",
                "  referral check rules/my-tree.yaml",
                "", ExitCode.HELP})
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Rules files (default: the bundled tree).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as problems too (exit 1).")
    boolean strict;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        RulesLoader loader = new RulesLoader();
        int errors = 0;
        int warnings = 0;
        List<String> unreadable = new ArrayList<>();
        List<RulesLoader.Loaded> results = new ArrayList<>();
        if (files.isEmpty()) {
            results.add(loader.loadBundled());
        }
        for (Path file : files) {
            try {
                results.add(loader.load(file));
            } catch (FileProblem e) {
                unreadable.add(e.getMessage());
            }
        }
        for (RulesLoader.Loaded loaded : results) {
            List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
            loaded.tree().ifPresent(t -> all.addAll(new Checker().check(t)));
            all.sort(java.util.Comparator.comparing((Diagnostic d) -> d.position().line())
                    .thenComparing(d -> d.position().column()));
            for (Diagnostic d : all) {
                io.out().println(d.format());
                if (d.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        io.out().flush();
        for (String line : unreadable) {
            io.err().println("referral: " + line);
        }
        int checked = results.size();
        io.err().println("referral: checked " + checked + " file" + (checked == 1 ? "" : "s") + ": "
                + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        if (!unreadable.isEmpty()) {
            return ExitCode.FILE_IO;
        }
        return errors > 0 || (strict && warnings > 0) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
