package referral.report;

import java.util.List;

/** The recommendation as Markdown, for a summary to keep or send: the short block first, as in the text. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Recommendation r) {
        ResultParts p = ResultParts.of(r);
        StringBuilder s = new StringBuilder();
        s.append("# ").append(p.title()).append("\n\n");
        s.append("- **").append(p.labels().who()).append(":** ").append(p.who()).append('\n');
        if (p.whoIsThis() != null) {
            s.append("- **").append(p.labels().whoIsThis()).append(":** ").append(p.whoIsThis()).append('\n');
        }
        s.append("- **").append(p.labels().howSoon()).append(":** ").append(p.howSoon()).append("\n\n");
        if (p.call() != null) {
            s.append("**").append(p.call()).append("**\n\n");
        }
        if (!p.doNow().isEmpty()) {
            list(s, p.labels().doNow(), p.doNow());
            s.append('\n');
        }
        s.append(p.say()).append('\n');
        for (ResultParts.Section section : p.rest()) {
            s.append('\n');
            list(s, section.heading(), section.items());
        }
        s.append("\n_").append(r.words().get("result.tree", r.tree().id(), r.tree().version()))
                .append(' ').append(p.disclaimer()).append("_\n");
        return s.toString();
    }

    private static void list(StringBuilder s, String title, List<String> items) {
        s.append("## ").append(title).append("\n\n");
        for (String item : items) {
            s.append("- ").append(item).append('\n');
        }
    }
}
