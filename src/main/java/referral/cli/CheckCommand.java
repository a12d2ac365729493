package referral.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import referral.check.Checker;
import referral.check.Codes;
import referral.files.FileProblem;
import referral.report.Json;
import referral.rules.Diagnostic;
import referral.rules.RulesLoader;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Check rules files, and prove their red flags safe over every path.",
                "", "Finds YAML and format errors, dangling gotos, cycles, next lists that fall through,"
                        + " dead or shadowed branches, tests on questions a path may have skipped, unreachable"
                        + " questions and outcomes, answers that change nothing, texts; and the safety proof:"
                        + " over every path, a red-flag choice never ends at a less urgent outcome.",
                "", "Prints file:line:col: severity: message [code] ('--codes' lists the codes).",
                "", "JSON (--format json): {\"diagnostics\": [{\"file\", \"line\", \"column\", \"severity\","
                        + " \"code\", \"message\"}], \"files\": [{\"file\", \"errors\", \"warnings\"}],"
                        + " \"errors\", \"warnings\"}."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:no errors (warnings allowed unless --strict)", "1:errors found (or warnings, with --strict)",
                ExitCode.USAGE_ERROR, ExitCode.FILE_PROBLEM},
        footerHeading = ExitCode.EXAMPLES,
        footer = {"  referral check                      # the bundled tree",
                "  referral check rules/my-tree.yaml --strict",
                "  referral check --format json rules/*.yaml"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    private final Io io;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Rules files (default: the bundled tree).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as problems too (exit 1).")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--codes", description = "List every diagnostic code with its severity and meaning, then exit.")
    boolean codes;

    CheckCommand(Io io) {
        this.io = io;
    }

    private record Checked(String file, List<Diagnostic> diagnostics) {
        long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        long warnings() {
            return diagnostics.size() - errors();
        }
    }

    @Override
    public Integer call() {
        if (codes) {
            listCodes();
            return ExitCode.OK;
        }
        RulesLoader loader = new RulesLoader();
        List<String> unreadable = new ArrayList<>();
        List<Checked> results = new ArrayList<>();
        if (files.isEmpty()) {
            results.add(check(RulesLoader.BUNDLED, loader.loadBundled()));
        }
        for (Path file : files) {
            try {
                results.add(check(file.toString(), loader.load(file)));
            } catch (FileProblem e) {
                unreadable.add(e.getMessage());
            }
        }
        long errors = results.stream().mapToLong(Checked::errors).sum();
        long warnings = results.stream().mapToLong(Checked::warnings).sum();
        if (format == Format.json) {
            io.out().println(json(results, errors, warnings));
        } else {
            for (Checked c : results) {
                c.diagnostics().forEach(d -> io.out().println(d.format()));
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

    private static Checked check(String file, RulesLoader.Loaded loaded) {
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        Checker checker = new Checker();
        loaded.tree().ifPresent(t -> all.addAll(loaded.hasErrors() ? checker.structure(t) : checker.check(t)));
        all.sort(Comparator.comparing((Diagnostic d) -> d.position().line())
                .thenComparing(d -> d.position().column())
                .thenComparing(Diagnostic::code));
        return new Checked(file, all);
    }

    private static String json(List<Checked> results, long errors, long warnings) {
        Json j = new Json().begin().key("diagnostics").beginArray();
        for (Checked c : results) {
            for (Diagnostic d : c.diagnostics()) {
                j.begin().field("file", d.position().file())
                        .key("line").value(d.position().line())
                        .key("column").value(d.position().column())
                        .field("severity", d.severity().label())
                        .field("code", d.code())
                        .field("message", d.message())
                        .end();
            }
        }
        j.endArray().key("files").beginArray();
        for (Checked c : results) {
            j.begin().field("file", c.file()).key("errors").value(c.errors()).key("warnings").value(c.warnings()).end();
        }
        return j.endArray().key("errors").value(errors).key("warnings").value(warnings).end().toString();
    }

    private void listCodes() {
        if (format == Format.json) {
            Json j = new Json().beginArray();
            Codes.ALL.forEach(c -> j.begin().field("code", c.code()).field("severity", c.severity())
                    .field("meaning", c.meaning()).end());
            io.out().println(j.endArray());
        } else {
            int width = Codes.ALL.stream().mapToInt(c -> c.code().length()).max().orElse(0);
            for (Codes.Code c : Codes.ALL) {
                io.out().println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-7s  %s", c.code(), c.severity(), c.meaning()));
            }
        }
        io.out().flush();
    }
}
