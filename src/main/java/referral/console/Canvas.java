package referral.console;

import java.util.List;

/** Where full-screen prompts draw: a region of the terminal redrawn in place, or a recorder in tests. */
interface Canvas {
    int columns();

    int rows();

    /** Replaces the prompt region with these lines (each at most {@link #columns()} wide). */
    void draw(List<Line> lines);

    /** Clears the prompt region and prints text below what was printed before, where it stays. */
    void print(String ansiText);

    /** Re-reads the terminal size after a resize. */
    void resized();
}
