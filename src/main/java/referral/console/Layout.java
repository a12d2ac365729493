package referral.console;

import java.util.ArrayList;
import java.util.List;
import referral.lang.Words;
import referral.report.Wrap;

/** Builds screens that fit: text wrapped to the width, long lists scrolled around the highlighted item. */
final class Layout {
    private Layout() {}

    static List<Line> wrap(String text, Line.Look look, int width, String first, String rest) {
        List<Line> lines = new ArrayList<>();
        for (String s : Wrap.lines(text, width, first, rest)) {
            lines.add(Line.of(s, look));
        }
        return lines;
    }

    /** "1) " numbered to line up in a list of {@code count}: " 1) " when there are ten or more. */
    static String number(int n, int count) {
        String digits = Integer.toString(n);
        return " ".repeat(Integer.toString(count).length() - digits.length()) + digits + ") ";
    }

    /** Key hints joined with " · " (the terminal shows " | " where it lacks it), wrapped between hints. */
    static List<Line> hints(int width, String... hints) {
        String separator = Glyphs.SEPARATOR;
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String hint : hints) {
            if (line.length() > 0 && line.length() + 3 + hint.length() > width) {
                lines.add(Line.of(line.toString(), Line.Look.DIM));
                line.setLength(0);
            }
            line.append(line.length() > 0 ? separator : "").append(hint);
        }
        lines.add(Line.of(line.toString(), Line.Look.DIM));
        return lines;
    }

    /**
     * Head, items and foot in at most {@code rows - 1} lines (the last row stays free so the
     * terminal never scrolls): when the items do not fit, a window of them around the
     * highlighted one is shown, with a line saying how many are hidden above and below. That line
     * takes the place of the blank line that ends the head (or starts the foot), so a scrolled list
     * loses no row to two blank lines in a row.
     */
    static List<Line> fit(List<Line> head, List<List<Line>> items, int current, List<Line> foot, int rows, Words words) {
        int budget = Math.max(3, rows - 1);
        int itemLines = items.stream().mapToInt(List::size).sum();
        List<Line> out = new ArrayList<>();
        if (head.size() + itemLines + foot.size() <= budget) {
            out.addAll(head);
            items.forEach(out::addAll);
            out.addAll(foot);
            return out;
        }
        List<Line> ownHead = endsBlank(head) ? head.subList(0, head.size() - 1) : head;
        List<Line> ownFoot = !foot.isEmpty() && foot.get(0).text().isBlank() ? foot.subList(1, foot.size()) : foot;
        int room = budget - ownFoot.size() - 2;
        List<Line> keptHead = ownHead;
        int needed = items.isEmpty() ? 0 : items.get(current).size();
        if (room - ownHead.size() < needed) {
            // Too small for everything: the question's first lines give way before the choices do.
            int keep = Math.max(0, room - needed);
            keptHead = ownHead.subList(ownHead.size() - keep, ownHead.size());
        }
        room -= keptHead.size();
        int from = current;
        int to = current + 1;
        int used = needed;
        boolean grew = true;
        while (grew) {
            grew = false;
            if (to < items.size() && used + items.get(to).size() <= room) {
                used += items.get(to++).size();
                grew = true;
            }
            if (from > 0 && used + items.get(from - 1).size() <= room) {
                used += items.get(--from).size();
                grew = true;
            }
        }
        out.addAll(keptHead);
        out.add(Line.of(from > 0 ? "  " + words.get("screen.n-more-above", Integer.toString(from)) : "", Line.Look.DIM));
        for (int i = from; i < to; i++) {
            out.addAll(items.get(i));
        }
        out.add(Line.of(to < items.size() ? "  " + words.get("screen.n-more-below", Integer.toString(items.size() - to)) : "",
                Line.Look.DIM));
        out.addAll(ownFoot);
        return out;
    }

    private static boolean endsBlank(List<Line> lines) {
        return !lines.isEmpty() && lines.get(lines.size() - 1).text().isBlank();
    }
}
