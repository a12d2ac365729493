package referral.console;

import java.util.ArrayList;
import java.util.List;
import referral.lang.Words;

/**
 * Fits a question screen (the header and question, the choices, the key hints) into the terminal,
 * and remembers, from one frame to the next, where a screen too small for it is scrolled to.
 *
 * <p>When the header, the question, the highlighted choice and the hints fit together, they stay in
 * place and the list scrolls between them, as on any terminal ({@link Layout#fit}). On a terminal
 * too small for that (the question alone can fill 20x5), the whole screen becomes one column of
 * lines that scrolls: it starts at the top, the header and the question first, and Up and Down
 * scroll it until the highlighted choice is in view, then move between the choices. A choice is
 * never confirmed unseen: Enter or Space on a highlighted choice out of view brings it into view first.
 * One viewport a question; a new question starts at the top again.
 */
final class Viewport {
    /** Below this many rows, a line saying there is more above or below costs too much. */
    private static final int ROWS_FOR_MARKERS = 6;

    private final Words words;
    private int top;
    private boolean scrolling;
    private int lastCurrent = -1;
    /** Of the last frame, in lines of the whole column: where the highlighted item is, how much is shown and there is. */
    private int itemTop;
    private int itemEnd;
    private int shown;
    private int size;

    Viewport(Words words) {
        this.words = words;
    }

    /** The lines to draw: at most {@code rows - 1}, so the terminal never scrolls by itself. */
    List<Line> fit(List<Line> head, List<List<Line>> items, int current, List<Line> foot, int rows) {
        int budget = Math.max(1, rows - 1);
        int itemLines = items.stream().mapToInt(List::size).sum();
        int needed = items.isEmpty() ? 0 : items.get(current).size();
        if (head.size() + itemLines + foot.size() <= budget
                || head.size() + 2 + needed + foot.size() <= budget) {
            scrolling = false;
            return Layout.fit(head, items, current, foot, rows, words);
        }
        // Without the blank lines that set the parts apart, they may all still stay in place.
        List<Line> tightHead = withoutBlankLines(head);
        List<Line> tightFoot = withoutBlankLines(foot);
        if (tightHead.size() + 2 + needed + tightFoot.size() <= budget) {
            scrolling = false;
            return Layout.fit(tightHead, items, current, tightFoot, rows, words);
        }
        List<Line> column = new ArrayList<>(head);
        for (int i = 0; i < items.size(); i++) {
            if (i == current) {
                itemTop = column.size();
            }
            column.addAll(items.get(i));
            if (i == current) {
                itemEnd = column.size();
            }
        }
        column.addAll(foot);
        size = column.size();
        boolean markers = budget >= ROWS_FOR_MARKERS - 1;
        if (!scrolling) {
            scrolling = true;
            top = 0; // a question too big for the screen starts at its top
        } else if (current != lastCurrent) {
            reveal(budget - (markers ? 2 : 0));
        }
        lastCurrent = current;
        top = Math.max(0, Math.min(top, size - 1));
        boolean above = markers && top > 0;
        shown = budget - (above ? 1 : 0);
        boolean below = top + shown < size;
        if (below && markers) {
            shown--;
        }
        shown = Math.max(1, shown);
        List<Line> out = new ArrayList<>();
        if (above) {
            out.add(Line.of("  " + words.get("screen.more-above"), Line.Look.DIM));
        }
        out.addAll(column.subList(top, Math.min(size, top + shown)));
        if (below && markers) {
            out.add(Line.of("  " + words.get("screen.more-below"), Line.Look.DIM));
        }
        return out;
    }

    private static List<Line> withoutBlankLines(List<Line> lines) {
        return lines.stream().filter(l -> !l.text().isBlank()).toList();
    }

    /** Whether the last frame scrolled the whole screen and left part of the highlighted item out of view. */
    boolean hidesCurrent() {
        return scrolling && (itemTop < top || itemEnd > top + shown);
    }

    /**
     * A key that only scrolls, on a screen that scrolls: Down (or j) while the highlighted item, or
     * the rest of the screen after the last one, is below the view; Up (or k) while it, or the
     * question above the first one, is above. Also Enter and Space while the highlighted item is
     * out of view, which bring it into view rather than act on it unseen. False for every other key.
     */
    boolean scrolls(Key key, int current, int count) {
        if (!scrolling) {
            return false;
        }
        boolean down = key.kind() == Key.Kind.DOWN || key.is('j');
        boolean up = key.kind() == Key.Kind.UP || key.is('k');
        if (down && (itemEnd > top + shown || (current == count - 1 && top + shown < size))) {
            top++;
            return true;
        }
        if (up && (itemTop < top || (current == 0 && top > 0))) {
            top--;
            return true;
        }
        if ((key.kind() == Key.Kind.ENTER || key.kind() == Key.Kind.SPACE) && hidesCurrent()) {
            reveal(shown);
            return true;
        }
        return false;
    }

    /** Scrolls as little as it takes to show the highlighted item (its first lines, when it is taller than the view). */
    private void reveal(int view) {
        if (itemEnd > top + view) {
            top = itemEnd - view;
        }
        if (itemTop < top) {
            top = itemTop;
        }
    }
}
