package referral.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import referral.testing.Cli;
import referral.testing.Trees;

/**
 * Every kind of broken rules file a person (or a merge) can produce, fed to {@code run --rules}:
 * one line naming the problem and where, exit 3 (bad rules) or 5 (file problem), nothing from Java.
 */
class BadRulesTest {
    private static final String COMPLETE_ANSWERS = "signs: none\nage: 40\nrest: no\n";

    @TempDir
    Path dir;

    private Cli.Result runWith(Path rules) {
        return Cli.runWithInput(COMPLETE_ANSWERS, "run", "--rules", rules.toString(), "--answers", "-");
    }

    private Cli.Result runWith(byte[] rules) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.write(file, rules);
        return runWith(file);
    }

    private Cli.Result runWith(String rules) throws IOException {
        return runWith(rules.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(Cli.Result r, int exit, String fragment) {
        assertEquals(exit, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains(fragment), () -> "expected '" + fragment + "' in: " + r.err());
        assertEquals("", r.out());
    }

    /** The small tree with one piece replaced: each case below breaks exactly one thing. */
    private static String small(String from, String to) {
        assertTrue(Trees.SMALL.contains(from), from);
        return Trees.SMALL.replace(from, to);
    }

    @Test
    void theUnbrokenTreeGivesARecommendation() throws IOException {
        Cli.Result r = runWith(Trees.SMALL);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Rest at home"), r.out());
    }

    @Test
    void anEmptyFile() throws IOException {
        assertRejected(runWith(""), 3, "rules.yaml: error: the file is empty");
        assertRejected(runWith("# nothing but a comment\n"), 3, "the file is empty");
        assertRejected(runWith("---\n"), 3, "the file is empty");
    }

    @Test
    void aDirectory() {
        assertRejected(runWith(dir), 5, "is a directory");
    }

    @Test
    void aMissingFile() {
        assertRejected(runWith(dir.resolve("nowhere.yaml")), 5, "nowhere.yaml: no such file");
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain"), "x");
        assertRejected(runWith(notADirectory.resolve("rules.yaml")), 5, "cannot read");
        Path locked = Files.writeString(dir.resolve("locked.yaml"), Trees.SMALL);
        locked.toFile().setReadable(false, false);
        if (!Files.isReadable(locked)) { // root reads everything; the case above still covers it
            assertRejected(runWith(locked), 5, "permission denied");
        }
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = small("title: A small tree", "title: Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertRejected(runWith(latin1), 3, "rules.yaml:3:");
        assertRejected(runWith(latin1), 3, "not valid UTF-8 (byte 0xe9)");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Cli.Result r = runWith("\uFEFF" + Trees.SMALL);
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void windowsLineEndingsAreAccepted() throws IOException {
        Cli.Result r = runWith(Trees.SMALL.replace("\n", "\r\n"));
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aControlCharacterWrittenAsAnEscape() throws IOException {
        assertRejected(runWith(small("title: A small tree", "title: \"A \\e[2J small tree\"")), 3,
                "rules.yaml:3:8: error: the text holds the control character U+001B; remove it");
    }

    @Test
    void tabsForIndentation() throws IOException {
        assertRejected(runWith(small("    text: How old are you?", "\ttext: How old are you?")), 3,
                "a tab is used");
    }

    @Test
    void aYamlSyntaxError() throws IOException {
        assertRejected(runWith(small("title: A small tree", "title: \"A small tree")), 3, "rules.yaml:");
        assertRejected(runWith(small("title: A small tree", "title: A: small tree")), 3, "unexpected ':' here; check the indentation");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'- a list\n- of things\n' | a rules file must be a mapping of keys to values, not a list",
        "'just some text\n'        | a rules file must be a mapping of keys to values, not text",
        "'42\n'                    | a rules file must be a mapping of keys to values, not a number",
    })
    void aDocumentThatIsNotAMapping(String text, String expected) throws IOException {
        assertRejected(runWith(text), 3, expected);
    }

    @Test
    void severalDocuments() throws IOException {
        assertRejected(runWith(Trees.SMALL + "---\n" + Trees.SMALL), 3, "a second YAML document starts here");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "title: A small tree      | title: [A, small, tree]       | 'title' in the tree must be text",
        "'    unit: years'           | '    unit: {a: b}'            | 'unit' in question 'age' must be text, not a mapping",
        "'    min: 0'                | '    min: zero'               | 'min' in question 'age' must be a finite number",
        "'    exclusive: [none]'     | '    exclusive: {none: 1}'    | must list ids, not a mapping",
        "'      numb: Numbness'      | '      numb: 12'              | choice 'numb' of 'signs' must be text",
        "'    type: yes-no'          | '    type: [yes-no]'          | 'type' in question 'rest' must be text, not a list",
        "start: signs             | 'start: 7'                    | 'start' in the tree must be text, not a number",
    })
    void wrongTypes(String from, String to, String expected) throws IOException {
        assertRejected(runWith(small(from, to)), 3, expected);
    }

    @Test
    void aMapWhereAListIsExpected() throws IOException {
        assertRejected(runWith(small("""
                    next:
                      - when: {age: {below: 18}}
                        goto: gp
                      - goto: rest
                """, """
                    next: {goto: rest}
                """)), 3, "'next' of 'age' must be a list");
    }

    @Test
    void unknownKeys() throws IOException {
        assertRejected(runWith(small("    unit: years", "    unit: years\n    colour: red")), 3,
                "unknown key 'colour' in question 'age'");
        assertRejected(runWith(small("    unit: years", "    units: years")), 3, "did you mean 'unit'?");
    }

    @Test
    void idsWithSpacesOrUpperCase() throws IOException {
        assertRejected(runWith(small("  where:\n", "  Where:\n").replace("goto: where", "goto: Where")
                .replace("{where: joints}", "{Where: joints}")), 3, "question id 'Where' must be lower-case");
        assertRejected(runWith(small("      back: Back", "      lower back: Back")), 3,
                "choice id 'lower back' must be lower-case");
    }

    @Test
    void anIdThatIsBothAQuestionAndAnOutcome() throws IOException {
        assertRejected(runWith(small("  home: {see: self-care", "  where: {see: self-care")
                .replace("goto: home", "goto: where")), 3, "'where' is both a question and an outcome");
    }

    @Test
    void aGotoToItself() throws IOException {
        assertRejected(runWith(small("      - goto: rest\n", "      - goto: age\n")), 3, "question 'age' goes to itself");
    }

    @Test
    void anchorsAndAliasesUsedToShareTextAreAccepted() throws IOException {
        String shared = small("    text: How old are you?", "    text: &age-text How old are you?")
                .replace("  gp: {see: primary-care", "  gp: &gp {see: primary-care")
                .replace("title: See a rheumatologist", "title: *age-text")
                .replace("  questions:", "  questions:");
        Cli.Result r = runWith(shared);
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aliasesThatExpandExponentiallyAreRejected() throws IOException {
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        assertRejected(runWith(laughs.toString()), 3, "rules.yaml:5:5: error: an anchor here holds more than 9999 values,"
                + " counting what its aliases repeat; the limit is 9999 (the file expands too much) [too-large]");
    }

    @Test
    void everyAliasCountsWithWhatItRepeats() throws IOException {
        String many = "a: &a x\nb: [" + String.join(", ", Collections.nCopies(50_001, "*a")) + "]\n";
        assertRejected(runWith(many), 3, "more than 50000 values");
    }

    @Test
    void anAliasWithoutAnAnchor() throws IOException {
        assertRejected(runWith(small("title: A small tree", "title: *nowhere")), 3,
                "alias *nowhere names no anchor defined before it");
    }

    @Test
    void controlCharactersTagsAndComplexKeys() throws IOException {
        assertRejected(runWith(small("title: A small tree", "title: A small\u0007 tree")), 3, "U+0007 is not allowed");
        assertRejected(runWith(small("title: A small tree", "title: !secret A small tree")), 3,
                "the tag '!secret' is not supported");
        assertRejected(runWith(small("title: A small tree", "? [a, b]\n: c")), 3, "a key must be plain text");
    }

    @Test
    void aQuotedNewlineInAKeyStaysOnOneLine() throws IOException {
        assertRejected(runWith(small("    unit: years", "    \"un\\nit\": years")), 3, "unknown key 'un\\nit'");
    }

    @Test
    void aFileOverTheSizeLimit() throws IOException {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertRejected(runWith(big), 3, "the limit for a rules file is 5242880 bytes");
    }

    @Test
    void deepNestingLongTextAndManyValues() throws IOException {
        assertRejected(runWith("a: " + "[".repeat(10_000) + "]".repeat(10_000)), 3, "nested more than 64 levels deep");
        assertRejected(runWith("a: " + "x".repeat(1_000_000)), 3, "text of 1000000 characters; the limit is 20000");
        assertRejected(runWith("a: [" + "1,".repeat(300_000) + "1]"), 3, "more than 50000 values");
    }

    @Test
    void aFloodOfDuplicateKeysIsOneLine() throws IOException {
        assertRejected(runWith("a: 1\n".repeat(50_000)), 3, "more than 100 duplicate keys; the limit is 100");
    }

    @Test
    void manyErrorsShowTheFirstTwentyAndACount() throws IOException {
        StringBuilder broken = new StringBuilder(Trees.SMALL).append("  extra:\n");
        for (int i = 0; i < 50; i++) {
            broken.append("    unknown-").append(i).append(": x\n");
        }
        Cli.Result r = runWith(broken.toString().replace("outcomes:\n", "outcomes:\n"));
        assertEquals(3, r.exit(), r.err());
        referral.testing.UserFacing.assertClean(r.err());
        assertEquals(21, r.errLines().length, r.err());
        assertTrue(r.err().contains("(the first 20 above); run 'referral check"), r.err());
    }
}
