package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.report.Recommendation;
import referral.testing.Trees;

/** The plain mode as a person at a screen reader or a dumb terminal uses it: review and saving included. */
class PlainUiTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

    private Recommendation session(String typed) throws Exception {
        PlainUi ui = new PlainUi(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(shown, true, StandardCharsets.UTF_8), 80, true);
        return new Conversation(new Session(Trees.valid(Trees.SMALL), Map.of()), ui, null, true).run();
    }

    private String shown() {
        return shown.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerChangedAfterTheResultAndTheNewResultSavedAsASummary() throws Exception {
        Path summary = dir.resolve("summary.txt");
        Recommendation r = session(String.join("\n", "3", "42", "n",   // to self-care, shown at once
                "2", "1",                                                 // change the first answer
                "1",                                                      // to chest pain: the emergency, shown at once
                "4", summary.toString(),                                  // save a summary
                "1", ""));                                                // done
        assertEquals("emergency", r.outcome().id());
        assertTrue(shown().contains("> \nSELF-CARE: YOU CAN LOOK AFTER THIS AT HOME\nRest at home\n"),
                "the result right after the last answer:\n" + shown());
        assertTrue(shown().contains("Your answers:\n  1) Any of these? None of these\n"), shown());
        assertTrue(shown().contains("> \nEMERGENCY: GET HELP NOW\nCall now\n"), "no review before the result:\n" + shown());
        assertTrue(shown().contains("Saved to " + summary + " (readable by you only)."), shown());
        String saved = Files.readString(summary);
        assertTrue(saved.startsWith("EMERGENCY: GET HELP NOW\nCall now\n"), saved);
        assertFalse(saved.contains("\u001b"), "a summary file has no colour codes");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(summary)));
        assertFalse(shown().contains("> 3\n"), "a person's typing is not echoed");
    }

    @Test
    void savingTheAnswersWritesWhatRunReads() throws Exception {
        Path answers = dir.resolve("answers.yaml");
        session(String.join("\n", "3", "42", "n", "3", answers.toString(), "1", ""));
        assertEquals("# referral answers: replay with `referral run --answers FILE`\nsigns: none\nage: 42\nrest: no\n",
                Files.readString(answers));
    }

    @Test
    void endOfInputAtTheOfferToSaveJustEnds() throws Exception {
        Recommendation r = session(String.join("\n", "3", "42", "n"));   // then nothing
        assertEquals("home", r.outcome().id());
        assertTrue(shown().contains("What next? Nothing is saved unless you choose it.\n  1) Done\n  2) Change an answer\n"
                + "  3) Save the answers\n  4) Save a summary\n> \n"), shown());
    }

    @Test
    void answersKeptInAFileAreNotCalledUnsaved() throws Exception {
        Path kept = dir.resolve("kept.yaml");
        PlainUi ui = new PlainUi(new ByteArrayInputStream(String.join("\n", "3", "42", "n", "1", "").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(shown, true, StandardCharsets.UTF_8), 80, true);
        new Conversation(new Session(Trees.valid(Trees.SMALL), Map.of()), ui, new AnswersFile(kept), true).run();
        assertTrue(shown().contains("Your answers are saved in " + kept + "."), shown());
        assertFalse(shown().contains("Nothing is saved"), "the answers are in " + kept + ":\n" + shown());
        assertTrue(shown().contains("What next?\n  1) Done\n  2) Change an answer\n  3) Save a summary\n"), shown());
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAndTheOfferStays() throws Exception {
        session(String.join("\n", "3", "42", "n", "4", dir.resolve("missing/summary.txt").toString(), "1", ""));
        assertTrue(shown().contains("Could not save: "), shown());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing half-written");
        }
    }
}
