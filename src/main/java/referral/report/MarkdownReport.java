package referral.report;

import java.util.ArrayList;
import java.util.List;

/** The recommendation as Markdown, for a summary to keep or send: the short block first, as in the text. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Recommendation r) {
        ResultParts p = ResultParts.of(r);
        StringBuilder s = new StringBuilder();
        s.append("# ").append(p.title()).append("\n\n");
        s.append("- **Who:** ").append(p.who()).append('\n');
        if (p.whoIsThis() != null) {
            s.append("- **Who is this:** ").append(p.whoIsThis()).append('\n');
        }
        s.append("- **How soon:** ").append(p.howSoon()).append('\n');
        List<ResultParts.Section> sections = new ArrayList<>();
        if (!p.doNow().isEmpty()) {
            sections.add(new ResultParts.Section(ResultParts.DO_NOW, p.doNow(), false));
        }
        sections.addAll(p.rest());
        for (ResultParts.Section section : sections) {
            s.append('\n');
            list(s, section);
        }
        s.append("\n_Tree ").append(r.tree().id()).append(' ').append(r.tree().version())
                .append(". ").append(p.disclaimer()).append("_\n");
        return s.toString();
    }

    private static void list(StringBuilder s, ResultParts.Section section) {
        s.append("## ").append(section.heading()).append("\n\n");
        for (String item : section.items()) {
            s.append(section.prose() ? "" : "- ").append(item).append('\n');
        }
    }
}
