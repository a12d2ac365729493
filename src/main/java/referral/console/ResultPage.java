package referral.console;

import java.util.ArrayList;
import java.util.List;
import referral.lang.Words;
import referral.report.Recommendation;
import referral.report.TextReport;

/**
 * One screen of a result: the lines from {@code top} that fit, then a footer that says what
 * lies below (by its headings, "More below: Go sooner if, Why, Sources") and which keys move.
 * {@code height} is how many of the result's lines the screen shows, a page for Space.
 */
record ResultPage(List<Line> lines, int top, int height) {
    private static String[] more(Words words) {
        return new String[] {words.get("hint.more"), words.get("hint.scroll"), words.get("hint.result-done"),
            words.get("hint.result-menu")};
    }

    private static String[] end(Words words) {
        return new String[] {words.get("hint.scroll"), words.get("hint.result-done"), words.get("hint.result-menu")};
    }

    /** The page starting at {@code top} (moved back into range) of the result laid out for this terminal. */
    static ResultPage of(Recommendation r, int top, int columns, int rows) {
        TextReport.Laid laid = TextReport.layout(r, Math.min(columns, 100));
        List<Line> all = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        for (TextReport.Row row : laid.rows()) {
            if (row.kind() == TextReport.Kind.HEADING) {
                headings.add(all.size());
            }
            all.add(Line.of(row.text(), switch (row.kind()) {
                case BANNER -> Line.Look.banner(laid.urgency());
                case TITLE, HEADING -> Line.Look.TITLE;
                case ASIDE -> Line.Look.DIM;
                case TEXT -> Line.Look.NORMAL;
            }));
        }
        int budget = Math.max(2, rows - 1);
        Words words = r.words();
        List<Line> more = Layout.hints(columns, more(words));
        List<Line> end = Layout.hints(columns, end(words));
        // The same height whether more follows or not, so a page never jumps when the hints change.
        int footer = 1 + Math.max(more.size(), end.size());
        boolean roomForNote = budget - footer >= 1;
        int height = Math.max(1, budget - (roomForNote ? footer : footer - 1));
        int from = Math.max(0, Math.min(top, all.size() - height));
        int to = Math.min(all.size(), from + height);
        List<Line> lines = new ArrayList<>(all.subList(from, to));
        boolean below = to < all.size();
        if (roomForNote) {
            lines.add(Line.of(below ? below(all, headings, to, columns, words) : from > 0 ? words.get("result.end") : "",
                    Line.Look.DIM));
        }
        lines.addAll(below ? more : end);
        return new ResultPage(lines, from, height);
    }

    /**
     * "More below: Go sooner if, Why, Sources": the headings not yet on screen, as many as fit,
     * after "rest of What to do now" when the page ends inside a list (on a narrow terminal a long
     * list of what to do now can run past the first page, and its last items are no heading).
     */
    private static String below(List<Line> all, List<Integer> headings, int shownTo, int columns, Words words) {
        List<String> names = new ArrayList<>();
        int cut = -1;
        for (int at : headings) {
            if (at >= shownTo) {
                names.add(name(all, at));
            } else {
                cut = at;
            }
        }
        if (cut >= 0 && !all.get(shownTo).text().isBlank() && all.subList(cut, shownTo).stream().noneMatch(l -> l.text().isBlank())) {
            names.add(0, words.get("result.rest-of", name(all, cut)));
        }
        for (int n = names.size(); n > 0; n--) {
            String note = words.get("result.more-below", String.join(", ", names.subList(0, n)) + (n < names.size() ? ", ..." : ""));
            if (note.length() <= columns) {
                return note;
            }
        }
        return words.get("result.more-below-short");
    }

    private static String name(List<Line> all, int heading) {
        return all.get(heading).text().replaceAll(":$", "");
    }
}
