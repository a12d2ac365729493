package referral.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.batch.Batch;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.files.InputFiles;
import referral.lang.Language;
import referral.lang.Words;
import referral.rules.Tree;

final class BatchCommand implements Callable<Integer> {
    private final Io io;

    private final Specs.Arg<Path> rulesOption = Specs.rules();

    private final Specs.Arg<File> inputOption = Specs.option("--input", File.class, "FILE|-", "-",
            "JSON Lines to read; '-' (the default) reads standard input.");

    private final Specs.Arg<Integer> threadsOption = Specs.option("--threads", Integer.class, "N",
            "Threads that score lines, 1 to " + Batch.MAX_THREADS + " (default: the number of processors).");

    private final Specs.Arg<String> langOption = Specs.lang();

    BatchCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "batch",
                new String[] {"Score many answer sets at once: JSON Lines in, one JSON result a line out, in the same"
                        + " order.",
                        "", "Each input line is {\"id\": ..., \"answers\": {...}} (id optional, text or a number). Each"
                        + " output line is what 'run --format json' prints for those answers, with \"id\" first;"
                        + " a line that cannot be scored gives {\"id\", \"line\", \"errors\": [...]} and the batch"
                        + " goes on. Blank lines are skipped."},
                new String[] {"  referral batch --input answers.jsonl > results.jsonl",
                        "  echo '{\"answers\": {\"emergency-signs\": [\"stroke\"]}}' | referral batch"},
                "0:every line scored", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID,
                "4:a line could not be scored (its error is in the output)", ExitCode.FILE_PROBLEM);
        rulesOption.addTo(spec);
        inputOption.addTo(spec);
        threadsOption.addTo(spec);
        langOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        RulesOption rules = RulesOption.of(rulesOption.value());
        File inputFile = inputOption.value();
        Integer threads = threadsOption.value();
        if (threads != null && (threads < 1 || threads > Batch.MAX_THREADS)) {
            throw new Failure(ExitCode.USAGE, "--threads must be from 1 to " + Batch.MAX_THREADS + ", not " + threads
                    + " (see 'referral batch --help')");
        }
        String input = AnswersOption.name(inputFile);
        Language.Asked asked = LangOption.asked(langOption.value(), io);
        Tree tree = rules.load(asked.language());
        String name = AnswersOption.displayName(input);
        Words words = LangOption.words(asked, io, tree);
        int n = threads != null ? threads : Math.min(Batch.MAX_THREADS, Runtime.getRuntime().availableProcessors());
        Batch.Totals totals;
        try (InputStream in = open(input)) {
            totals = Batch.run(words.tree(tree), name, in, io.out(), n, words);
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_READ, name, "cannot read (" + e.getMessage() + ")");
        }
        if (totals.failed() > 0) {
            io.err().println("referral: " + name + ": " + totals.failed() + " of " + totals.lines() + " lines could not be scored;"
                    + " see their \"errors\" in the output");
            return ExitCode.BAD_ANSWERS;
        }
        return ExitCode.OK;
    }

    private InputStream open(String source) throws BadInput {
        if ("-".equals(source)) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    return io.in().read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return io.in().read(b, off, len);
                }

                @Override
                public int available() throws IOException {
                    return io.in().available();
                }
            }; // standard input is not ours to close
        }
        return InputFiles.open(InputFiles.path(source));
    }
}
