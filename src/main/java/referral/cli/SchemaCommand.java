package referral.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.report.JsonOut;

final class SchemaCommand implements Callable<Integer> {
    enum Kind { rules, answers, cases }

    private final Io io;

    private final Specs.Arg<Kind> kindOption = Specs.option("--for", Kind.class, "KIND", "rules", 
            "Which files: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).");

    SchemaCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "schema",
                new String[] {"Print the JSON Schema of rules, answers or case files, for editors.",
                        "", "The YAML language server gives completion, hover help and errors as you type in a file"
                        + " that starts with '# yaml-language-server: $schema=PATH'. 'referral check' checks"
                        + " far more."},
                new String[] {"  referral schema > rules.schema.json",
                        "  referral schema --for answers > answers.schema.json"},
                "0:printed", ExitCode.USAGE_ERROR, ExitCode.OUTPUT_PROBLEM);
        kindOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
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
        Kind kind = kindOption.value();
        io.out().print(text(kind));
        io.out().flush();
        return ExitCode.OK;
    }
}
