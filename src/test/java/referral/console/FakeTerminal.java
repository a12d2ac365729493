package referral.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/** A terminal for tests: keys from a script, every screen drawn recorded and checked to fit. */
final class FakeTerminal implements Keyboard, Canvas {
    private final Deque<Key> keys = new ArrayDeque<>();
    private final List<List<Line>> screens = new ArrayList<>();
    private final StringBuilder printed = new StringBuilder();
    private int columns;
    private int rows;

    FakeTerminal(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Keys as a person types them: "UP", "DOWN", "PGUP", "PGDN", "HOME", "END", "ENTER", "SPACE", "ESC", "BS",
     * "CTRL-C", "RESIZE", or characters.
     */
    FakeTerminal type(String... presses) {
        for (String p : presses) {
            switch (p) {
                case "UP" -> keys.add(Key.of(Key.Kind.UP));
                case "DOWN" -> keys.add(Key.of(Key.Kind.DOWN));
                case "PGUP" -> keys.add(Key.of(Key.Kind.PAGE_UP));
                case "PGDN" -> keys.add(Key.of(Key.Kind.PAGE_DOWN));
                case "HOME" -> keys.add(Key.of(Key.Kind.HOME));
                case "END" -> keys.add(Key.of(Key.Kind.END));
                case "ENTER" -> keys.add(Key.of(Key.Kind.ENTER));
                case "SPACE" -> keys.add(Key.of(Key.Kind.SPACE));
                case "ESC" -> keys.add(Key.of(Key.Kind.ESCAPE));
                case "BS" -> keys.add(Key.of(Key.Kind.BACKSPACE));
                case "CTRL-C" -> keys.add(Key.of(Key.Kind.INTERRUPT));
                case "RESIZE" -> keys.add(Key.of(Key.Kind.RESIZE));
                default -> p.chars().forEach(c -> keys.add(Key.ch((char) c)));
            }
        }
        return this;
    }

    void resizeTo(int newColumns, int newRows) {
        columns = newColumns;
        rows = newRows;
    }

    @Override
    public Key read() {
        if (keys.isEmpty()) {
            throw new AssertionError("the session wanted more keys; last screen:\n" + lastScreen());
        }
        return keys.poll();
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public void draw(List<Line> lines) {
        for (Line l : lines) {
            if (l.text().length() > columns) {
                throw new AssertionError("line wider than " + columns + " columns: '" + l.text() + "'");
            }
        }
        if (lines.size() > rows - 1) {
            throw new AssertionError(lines.size() + " lines on a screen of " + rows + " rows");
        }
        screens.add(List.copyOf(lines));
    }

    @Override
    public void print(String ansiText) {
        printed.append(ansiText);
    }

    @Override
    public void resized() {
        // the size was already set by resizeTo
    }

    boolean allKeysUsed() {
        return keys.isEmpty();
    }

    String lastScreen() {
        return screens.isEmpty() ? "" : text(screens.get(screens.size() - 1));
    }

    List<String> allScreens() {
        return screens.stream().map(FakeTerminal::text).toList();
    }

    String printed() {
        return printed.toString();
    }

    private static String text(List<Line> lines) {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }
}
