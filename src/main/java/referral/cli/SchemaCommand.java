package referral.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import referral.report.JsonOut;

@Command(name = "schema", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of rules, answers or case files, for editors.",
                "", "The YAML language server gives completion, hover help and errors as you type in a file"
                        + " that starts with '# yaml-language-server: $schema=PATH'. 'referral check' checks"
                        + " far more."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:printed", ExitCode.USAGE_ERROR, ExitCode.OUTPUT_PROBLEM},
        footerHeading = ExitCode.EXAMPLES,
        footer = {"  referral schema > rules.schema.json",
                "  referral schema --for answers > answers.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    enum Kind { rules, answers, cases }

    private final Io io;

    @Option(names = "--for", paramLabel = "KIND", defaultValue = "rules",
            description = "Which files: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Kind kind;

    SchemaCommand(Io io) {
        this.io = io;
    }

    /** The schema bundled in the jar under {@code schema/}, written by Jackson's generator. */
    static String text(Kind kind) {
        String name = "schema/" + kind.name() + ".schema.json";
        try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return JsonOut.indented(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        io.out().print(text(kind));
        io.out().flush();
        return ExitCode.OK;
    }
}
