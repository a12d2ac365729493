package referral.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.report.JsonOut;
import referral.rules.RulesLoader;
import referral.rules.Tree;

final class ListCommand implements Callable<Integer> {
    enum Format { text, json }

    private final Io io;

    private final Specs.Arg<Format> formatOption = Specs.format(Format.class, "text");

    ListCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "list",
                new String[] {"List the bundled trees: id, version and title, the default first.",
                        "", "Any command's --rules takes one of these ids (or a rules file).",
                        "", "JSON (--format json): {\"trees\": [{\"id\", \"version\", \"title\", \"default\","
                        + " \"questions\", \"outcomes\"}]}."},
                new String[] {"  referral list",
                        "  referral list --format json",
                        "  referral ask --rules night-cramps"},
                "0:listed", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID, ExitCode.FILE_PROBLEM);
        formatOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() {
        Format format = formatOption.value();
        List<Tree> trees = new ArrayList<>();
        RulesLoader loader = new RulesLoader();
        for (String id : RulesLoader.bundledIds()) {
            // The build refuses a bundled tree with errors, so each one loads.
            loader.loadBundledCompiled(id).flatMap(c -> c.loaded().tree()).ifPresent(trees::add);
        }
        if (format == Format.json) {
            io.out().println(JsonOut.write(g -> {
                g.writeStartObject();
                g.writeArrayPropertyStart("trees");
                for (Tree t : trees) {
                    g.writeStartObject();
                    g.writeStringProperty("id", t.id());
                    g.writeStringProperty("version", t.version());
                    g.writeStringProperty("title", t.title().value());
                    g.writeBooleanProperty("default", t.id().equals(RulesLoader.DEFAULT_ID));
                    g.writeNumberProperty("questions", t.questions().size());
                    g.writeNumberProperty("outcomes", t.outcomes().size());
                    List<String> languages = new java.util.ArrayList<>(List.of(referral.rules.Tree.ENGLISH));
                    languages.addAll(t.languages());
                    JsonOut.strings(g, "languages", languages);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }));
        } else {
            int idWidth = trees.stream().mapToInt(t -> t.id().length()).max().orElse(0);
            int versionWidth = trees.stream().mapToInt(t -> t.version().length()).max().orElse(0);
            for (Tree t : trees) {
                io.out().println(String.format("%-" + idWidth + "s  %-" + versionWidth + "s  %s%s", t.id(),
                        t.version(), t.title().value(), t.id().equals(RulesLoader.DEFAULT_ID) ? " (default)" : ""));
            }
        }
        io.out().flush();
        return ExitCode.OK;
    }
}
