package referral.report;

import java.util.ArrayList;
import java.util.List;
import referral.rules.Urgency;

/**
 * The recommendation as text for a person: the short block first (the urgency, the headline,
 * who, how soon, what to do now), then when to go sooner, why, the answers and the sources.
 * {@link #layout} gives the lines with what each one is, so the full-screen session can page
 * them; {@link #render} prints them.
 */
public final class TextReport {
    /** Where "Who:" and "How soon:" put their text. */
    private static final String LABEL = "           ";

    /** What a line is, so that each output can show it its own way. */
    public enum Kind { BANNER, TITLE, TEXT, HEADING, ASIDE }

    /** One line, at most the width it was laid out for. */
    public record Row(String text, Kind kind) {}

    /**
     * The lines of a result; the first {@code shortRows} are the short block, which must be read
     * before anything else; {@code urgency} colours the banner.
     */
    public record Laid(List<Row> rows, int shortRows, Urgency urgency) {}

    private final Style style;
    private final int width;

    public TextReport(Style style, int width) {
        this.style = style;
        this.width = usable(width);
    }

    private static int usable(int width) {
        return Math.max(30, width);
    }

    public String render(Recommendation r) {
        Laid laid = layout(r, width);
        StringBuilder s = new StringBuilder();
        for (Row row : laid.rows()) {
            s.append(switch (row.kind()) {
                case BANNER -> style.urgency(laid.urgency(), row.text());
                case TITLE, HEADING -> style.bold(row.text());
                case ASIDE -> style.dim(row.text());
                case TEXT -> row.text();
            }).append('\n');
        }
        return s.toString();
    }

    /** The result's lines at {@code width} columns (at least 20: a full screen is never narrower). */
    public static Laid layout(Recommendation r, int width) {
        int w = Math.max(20, width);
        ResultParts p = ResultParts.of(r);
        List<Row> rows = new ArrayList<>();
        add(rows, Kind.BANNER, p.banner(), w, "", "");
        add(rows, Kind.TITLE, p.title(), w, "", "");
        rows.add(new Row("", Kind.TEXT));
        add(rows, Kind.TEXT, p.who(), w, "Who:       ", LABEL);
        if (p.whoIsThis() != null) {
            add(rows, Kind.ASIDE, p.whoIsThis(), w, LABEL, LABEL);
        }
        add(rows, Kind.TEXT, p.howSoon(), w, "How soon:  ", LABEL);
        if (!p.doNow().isEmpty()) {
            section(rows, new ResultParts.Section(ResultParts.DO_NOW, p.doNow(), false), w);
        }
        int shortRows = rows.size();
        for (ResultParts.Section section : p.rest()) {
            section(rows, section, w);
        }
        rows.add(new Row("", Kind.TEXT));
        add(rows, Kind.TEXT, p.disclaimer(), w, "", "");
        return new Laid(List.copyOf(rows), shortRows, p.urgency());
    }

    private static void section(List<Row> rows, ResultParts.Section section, int w) {
        rows.add(new Row("", Kind.TEXT));
        rows.add(new Row(section.heading() + ":", Kind.HEADING));
        for (String item : section.items()) {
            if (section.prose()) {
                add(rows, Kind.TEXT, item, w, "", "");
            } else {
                add(rows, Kind.TEXT, item, w, "  - ", "    ");
            }
        }
    }

    private static void add(List<Row> rows, Kind kind, String text, int w, String first, String rest) {
        for (String line : Wrap.lines(text, w, first, rest)) {
            rows.add(new Row(line, kind));
        }
    }
}
