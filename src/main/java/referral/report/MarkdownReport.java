package referral.report;

import referral.engine.TraceEntry;
import referral.rules.Outcome;
import referral.rules.Source;
import referral.rules.Text;

/** The recommendation as Markdown, for a summary to keep or send. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Recommendation r) {
        Outcome o = r.outcome();
        StringBuilder s = new StringBuilder();
        s.append("# ").append(o.title().value()).append("\n\n");
        s.append("- **Who:** ").append(o.see().label())
                .append(o.specialty() == null ? "" : " - " + o.specialty()).append('\n');
        s.append("- **How soon:** ").append(o.urgency().meaning()).append(" (`").append(o.urgency().id())
                .append("`)\n\n");
        s.append(o.say().value()).append("\n\n## Why\n\n");
        for (TraceEntry e : r.trace()) {
            s.append("- ").append(e.question().text().value()).append(" **")
                    .append(Recommendation.answerText(e.question(), e.answer())).append("**\n");
        }
        list(s, "Meanwhile", o.meanwhile());
        list(s, "Go sooner if", o.goSoonerIf());
        if (!o.sources().isEmpty()) {
            s.append("\n## Sources\n\n");
            for (Source src : r.sources()) {
                s.append("- ").append(src.citation().value()).append('\n');
            }
        }
        s.append("\n_Tree ").append(r.tree().id()).append(' ').append(r.tree().version())
                .append(". This advice helps you choose whom to see; it is not a diagnosis._\n");
        return s.toString();
    }

    private static void list(StringBuilder s, String title, java.util.List<Text> items) {
        if (items.isEmpty()) {
            return;
        }
        s.append("\n## ").append(title).append("\n\n");
        for (Text t : items) {
            s.append("- ").append(t.value()).append('\n');
        }
    }
}
