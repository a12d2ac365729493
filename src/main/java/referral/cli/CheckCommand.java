package referral.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import referral.check.CheckedLoader;
import referral.check.CheckedTree;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.files.InputFiles;
import referral.report.JsonOut;
import referral.rules.RulesLoader;
import referral.rules.Translations;
import referral.yaml.YamlLimits;

final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    private final Io io;

    private final Specs.Many<Path> filesParam = Specs.many("FILE|ID", Path.class, "Rules files, or ids of bundled"
            + " trees (a file wins). None: rules/*.yaml of the working directory when there are any (an author's"
            + " clone), else every bundled tree; stderr says which.");

    private final Specs.Flag strictOption = Specs.flag("--strict", "Treat warnings as problems too (exit 1).");

    private final Specs.Arg<Format> formatOption = Specs.format(Format.class, "text");

    private final Specs.Flag codesOption =
            Specs.flag("--codes", "List every diagnostic code with its severity and meaning, then exit.");

    CheckCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "check",
                new String[] {"Check rules files, and prove their red flags safe over every path.",
                        "", "Finds YAML and format errors, dangling gotos, cycles, next lists that fall through,"
                        + " dead or shadowed branches, tests on questions a path may have skipped, unreachable"
                        + " questions and outcomes, answers that change nothing, texts; and the safety proof:"
                        + " over every path, a red-flag choice never ends at a less urgent outcome.",
                        "", "Prints file:line:col: severity: message [code] ('--codes' lists the codes).",
                        "", "JSON (--format json): {\"diagnostics\": [{\"file\", \"line\", \"column\", \"severity\","
                        + " \"code\", \"message\"}], \"files\": [{\"file\", \"errors\", \"warnings\"}],"
                        + " \"errors\", \"warnings\"}."},
                new String[] {"  referral check                      # the bundled tree",
                        "  referral check rules/my-tree.yaml --strict",
                        "  referral check --format json rules/*.yaml"},
                "0:no errors (warnings allowed unless --strict)", "1:errors found (or warnings, with --strict)",
                ExitCode.USAGE_ERROR, ExitCode.FILE_PROBLEM);
        filesParam.addTo(spec);
        strictOption.addTo(spec);
        formatOption.addTo(spec);
        codesOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws BadInput {
        Format format = formatOption.value();
        List<Path> files = filesParam.values();
        boolean strict = strictOption.isSet();
        if (codesOption.isSet()) {
            listCodes(format);
            return ExitCode.OK;
        }
        CheckedLoader loader = new CheckedLoader();
        List<String> unreadable = new ArrayList<>();
        List<CheckedTree> results = new ArrayList<>();
        if (files.isEmpty()) {
            List<Path> local = localTrees();
            if (!local.isEmpty()) {
                io.err().println("referral: checking rules/*.yaml of this directory: "
                        + String.join(", ", local.stream().map(p -> LOCAL + "/" + p.getFileName()).toList()));
                for (Path file : local) {
                    try {
                        String name = LOCAL + "/" + file.getFileName();
                        results.add(loader.load(file, name));
                    } catch (BadInput e) {
                        unreadable.addAll(e.lines());
                    }
                }
            } else {
                io.err().println("referral: checking the bundled trees (there is no rules/*.yaml here): "
                        + String.join(", ", RulesLoader.bundledIds()));
                for (String id : RulesLoader.bundledIds()) {
                    results.add(loader.bundled(id).orElseThrow());
                }
            }
        }
        for (Path file : files) {
            try {
                RulesOption named = RulesOption.of(file);
                if (named.bundledId().isPresent()) {
                    String id = named.bundledId().get();
                    results.add(loader.bundled(id).orElseThrow());
                } else {
                    // A translation is checked with its tree: it can only be judged against the English.
                    String name = file.getFileName() == null ? "" : file.getFileName().toString();
                    Path tree = Translations.isTranslation(name) ? file.resolveSibling(Translations.treeFile(name)) : file;
                    results.add(loader.load(tree));
                }
            } catch (BadInput e) {
                unreadable.addAll(e.lines());
            }
        }
        long errors = results.stream().mapToLong(CheckedTree::errors).sum();
        long warnings = results.stream().mapToLong(CheckedTree::warnings).sum();
        if (format == Format.json) {
            io.out().println(json(results, errors, warnings));
        } else {
            for (CheckedTree c : results) {
                c.inFileOrder().forEach(d -> io.out().println(d.format()));
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

    /** The directory, under the working directory, whose trees {@code check} checks when no file is named. */
    private static final String LOCAL = "rules";

    /** The {@code rules/*.yaml} files of the working directory, by name; none when there is no such directory. */
    private List<Path> localTrees() throws BadInput {
        Path dir = io.dir().resolve(LOCAL);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .filter(p -> !Translations.isTranslation(p.getFileName().toString())) // checked with their trees
                    .sorted().toList();
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_READ, LOCAL, "cannot list the directory (" + e.getMessage() + ")");
        }
    }

    private static String json(List<CheckedTree> results, long errors, long warnings) {
        return JsonOut.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("diagnostics");
            for (CheckedTree c : results) {
                for (Diagnostic d : c.inFileOrder()) {
                    g.writeStartObject();
                    g.writeStringProperty("file", d.position().file());
                    g.writeNumberProperty("line", d.position().line());
                    g.writeNumberProperty("column", d.position().column());
                    g.writeStringProperty("severity", d.severity().label());
                    g.writeStringProperty("code", d.code().id());
                    g.writeStringProperty("message", d.message());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("files");
            for (CheckedTree c : results) {
                g.writeStartObject();
                g.writeStringProperty("file", c.name());
                g.writeNumberProperty("errors", c.errors());
                g.writeNumberProperty("warnings", c.warnings());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberProperty("errors", errors);
            g.writeNumberProperty("warnings", warnings);
            g.writeEndObject();
        });
    }

    private void listCodes(Format format) {
        if (format == Format.json) {
            io.out().println(JsonOut.write(g -> {
                g.writeStartArray();
                for (Code c : Code.of(Input.RULES)) {
                    g.writeStartObject();
                    g.writeStringProperty("code", c.id());
                    g.writeStringProperty("severity", c.severity().label());
                    g.writeStringProperty("meaning", c.meaning());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }));
        } else {
            List<Code> codes = Code.of(Input.RULES);
            int width = codes.stream().mapToInt(c -> c.id().length()).max().orElse(0);
            for (Code c : codes) {
                io.out().println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-7s  %s",
                        c.id(), c.severity().label(), c.meaning()));
            }
        }
        io.out().flush();
    }
}
