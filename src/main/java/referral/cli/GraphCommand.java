package referral.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.check.CheckedTree;
import referral.diagnostics.BadInput;
import referral.graph.TreeGraph;
import referral.rules.Tree;

final class GraphCommand implements Callable<Integer> {
    enum Format { dot, mermaid }

    private final Io io;

    private final Specs.Arg<Path> rulesOption = Specs.rules();

    private final Specs.Arg<Format> formatOption = Specs.format(Format.class, "dot");

    private final Specs.Arg<Path> outOption = Specs.out();

    GraphCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "graph",
                new String[] {"Draw the tree as Graphviz DOT or a Mermaid flowchart.",
                        "", "Questions are boxes (red border: it asks red flags); outcomes are coloured by urgency"
                        + " (red emergency, orange urgent, yellow soon, green routine, blue self-care); each"
                        + " 'next' entry is an edge labelled with its condition, and an edge a red-flag answer"
                        + " takes is red.",
                        "", "A tree with errors is drawn too: the faulty nodes dashed red with their error codes, a"
                        + " goto that leads nowhere to a dashed red 'missing' node; a line on stderr counts the"
                        + " errors (exit 0 all the same; 'check' gates)."},
                new String[] {"  referral graph --format dot | dot -Tsvg > tree.svg",
                        "  referral graph --rules rules/examples/starter.yaml --format mermaid"},
                "0:drawn", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID, ExitCode.FILE_PROBLEM);
        rulesOption.addTo(spec);
        formatOption.addTo(spec);
        outOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws BadInput {
        RulesOption rules = RulesOption.of(rulesOption.value());
        Format format = formatOption.value();
        Path out = outOption.value();
        OutOrStdout.check(out, "graph", "graph");
        CheckedTree found = rules.loadAsWritten();
        Tree tree = found.tree().orElseThrow();
        String text = format == Format.dot ? TreeGraph.dot(tree, found.diagnostics())
                : TreeGraph.mermaid(tree, found.diagnostics());
        long errors = found.errors();
        if (errors > 0) {
            // Drawn all the same: seeing where the faults are is why an author draws a broken tree.
            io.err().println("referral: the tree has " + errors + " error" + (errors == 1 ? "" : "s")
                    + ", marked in the drawing (dashed red, with their codes); 'referral check"
                    + (rules.rules == null ? "" : " " + rules.rules) + "' lists them");
        }
        OutOrStdout.write(io, out, text);
        return ExitCode.OK;
    }
}
