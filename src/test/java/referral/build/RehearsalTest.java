package referral.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import referral.console.Interrupted;
import referral.report.Recommendation;
import referral.rules.Tree;
import referral.testing.Trees;

/** The full-screen session on a terminal made up in memory, as the class-data training run plays it. */
class RehearsalTest {
    private static final String DOWN = "\033[B";

    private static Tree walk() throws Exception {
        return Trees.valid(Files.readString(Path.of("src/test/resources/console/walk.yaml")));
    }

    @Test
    void keysOnAMadeUpTerminalWalkToTheResult() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // Two down and select "none of these", 42 years, yes, the second place: the result; a page on, what next.
        // Then keys that would save the summary, were it offered: a rehearsal writes nothing.
        String keys = DOWN + DOWN + " \r" + "42\r" + "y" + DOWN + "\r" + " m" + "5\r";
        Recommendation r = Rehearsal.play(walk(), "xterm-256color", keys, screen);
        assertEquals("see-rheumatologist", r.outcome().id());
        String drawn = screen.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("Is any of this happening right now"), drawn);
        assertTrue(drawn.contains("How old are you?"), drawn);
        assertTrue(drawn.contains("See a rheumatologist"), drawn);
        assertTrue(drawn.contains("What next?"), drawn);
        assertFalse(drawn.contains("Nothing is saved unless"), drawn);
        assertFalse(Files.exists(Path.of("referral-summary.txt")));
        assertTrue(drawn.contains("\033[?25l") && drawn.contains("\033[?12l\033[?25h"), "cursor hidden, then shown again");
    }

    @Test
    void keysThatRunOutStopTheSessionAsCtrlCWould() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        assertThrows(Interrupted.class, () -> Rehearsal.play(walk(), "screen", DOWN, screen));
        assertTrue(screen.toString(StandardCharsets.UTF_8).contains("Question 1"));
    }
}
