package referral.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertClean;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import referral.rules.Tree;
import referral.testing.Cli;

/**
 * Answers as other programs and people send them, right and wrong, against a tree of our own
 * ({@code robustness/small-tree.yaml}: signs (multi) -> age (number 0..120) -> rest (yes-no) -> where (one)).
 */
class BadAnswersTest {
    private static final String TREE = tree();

    private static String tree() {
        try {
            return Path.of(BadAnswersTest.class.getResource("/robustness/small-tree.yaml").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cli.Result run(String answers) {
        return Cli.runWithInput(answers, "run", "--rules", TREE, "--answers", "-", "--format", "json");
    }

    private static void assertRejected(String answers, String fragment) {
        Cli.Result r = run(answers);
        assertEquals(4, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains(fragment), () -> "expected '" + fragment + "' in: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void completeAnswersGiveTheOutcome() {
        Cli.Result r = run("signs: none\nage: 40\nrest: no\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"outcome\":\"home\""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonAnswersWork() {
        Cli.Result r = run("{\"signs\": [\"none\"], \"age\": 40, \"rest\": false}");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"outcome\":\"home\""), r.out());
    }

    @Test
    void answersInADifferentCaseAreAccepted() {
        Cli.Result r = run("Signs: NONE\nAGE: 40\nRest: Yes\nWhere: Joints\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"outcome\":\"rheum\""), r.out());
    }

    @Test
    void anAnswerThePathNeverAsksIsAWarningAndIgnored() {
        Cli.Result r = run("signs: none\nage: 40\nrest: no\nwhere: back\n");
        assertEquals(0, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains("warning: <stdin>: 'where' is answered but this path does not ask it; ignored"),
                r.err());
    }

    @Test
    void anEmptyAnswersFileIsIncomplete() {
        assertRejected("", "incomplete: question 'signs' (Any of these?) is not answered");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // what was sent                              | what the one line says
        "'signs: none\nage: 40\nrestt: no'            | unknown question 'restt' (did you mean 'rest'?)",
        "'signs: none\nage: 40\nrest: maybe'          | unknown choice 'maybe' for 'rest'; expected one of: yes, no",
        "'signs: [nmb]'                               | unknown choice 'nmb' for 'signs' (did you mean 'numb'?)",
        "'signs: none\nage: 40\nrest: yes\nwhere: [back, joints]' | 'where' takes one answer, not a list; expected one of: back, joints",
        "'signs: none\nage: forty'                    | 'age' needs a number from 0 to 120 years, not text 'forty'",
        "'signs: none\nage: \"40\"'                   | 'age' needs a number from 0 to 120 years, not text '40'",
        "'signs: none\nage: .nan'                     | 'age' needs a finite number from 0 to 120 years, not '.nan'",
        "'signs: none\nage: NaN'                      | 'age' needs a number from 0 to 120 years, not text 'NaN'",
        "'signs: none\nage: .inf'                     | 'age' needs a finite number from 0 to 120 years, not '.inf'",
        "'signs: none\nage: -.Inf'                    | 'age' needs a finite number",
        "'signs: none\nage: 1e400'                    | 'age' needs a finite number from 0 to 120 years, not '1e400'",
        "'signs: none\nage: 99999999999999999999999'  | 99999999999999999999999 is out of range for 'age'; expected a number from 0 to 120 years",
        "'signs: none\nage:'                          | 'age' needs a number from 0 to 120 years, not nothing",
        "'signs: none\nage: [40]'                     | 'age' needs a number from 0 to 120 years, not a list",
        "'signs: [none, numb]'                        | 'none' of 'signs' cannot be combined with other choices",
        "'signs: [numb, numb]'                        | 'signs' lists a choice twice",
        "'signs: []'                                  | 'signs' needs at least one choice",
        "'signs: {chest: yes}'                        | 'signs' needs a choice id, not a mapping",
        "'signs: none\nage: 40\nrest: no\nrest: yes'  | duplicate key 'rest' (first at line 3)",
        "'signs: none\nSIGNS: none'                   | 'signs' is answered twice",
        "'- signs\n- none'                            | answers must be a mapping of question id to answer",
        "'signs: none\n  age: 40'                     | <stdin>:2:6:",
        "'signs: \"none\nage: 40'                     | <stdin>:",
    })
    void eachBadAnswerIsOneLineNamingTheQuestionAndWhatItAllows(String answers, String expected) {
        assertRejected(answers, expected);
    }

    @Test
    void severalProblemsAreOneLineEach() {
        Cli.Result r = run("signs: maybe\nage: old\nrest: perhaps\n");
        assertEquals(4, r.exit(), r.err());
        assertClean(r.err());
        assertEquals(3, r.errLines().length, r.err());
    }

    @Test
    void tooManyAnswersIsOneLine() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Tree.MAX_ANSWERS; i++) {
            many.append("q").append(i).append(": x\n");
        }
        assertRejected(many.toString(), "more than 1000 answers; the limit is 1000");
    }

    @Test
    void aHugeMultiAnswerIsOneLine() {
        assertRejected("signs: [" + String.join(", ", Collections.nCopies(5_000, "numb")) + "]",
                "'signs' lists 5000 answers; it has only 3 choices");
    }

    @Test
    void aLongUnknownValueIsCutInTheMessage() {
        Cli.Result r = run("signs: " + "x".repeat(5_000) + "\n");
        assertEquals(4, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().length() < 300, r.err());
    }

    @Test
    void answersOverTheLimitsAreOneLine() {
        assertRejected("signs: " + "x".repeat(10_001), "text of 10001 characters; the limit is 10000");
        assertRejected("signs: " + "[".repeat(100) + "]".repeat(100), "nested more than 16 levels deep");
        assertRejected("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
                "<stdin>:4:4: an anchor here holds more than 9999 values, counting what its aliases repeat; the limit is 9999");
        assertRejected("signs: [" + "1, ".repeat(20_000) + "1]", "more than 20000 values");
        assertRejected("x: " + "y".repeat(1024 * 1024), "the limit for answers is 1048576 bytes");
    }

    @Test
    void nineHundredNinetyNineUnknownQuestionsAreTwentyLinesAndACount() {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 999; i++) {
            answers.append("q").append(i).append(": yes\n");
        }
        Cli.Result r = run(answers.toString());
        assertEquals(4, r.exit(), r.err());
        assertClean(r.err());
        assertEquals(21, r.errLines().length, r.err());
        assertEquals("referral: <stdin>:1:1: unknown question 'q0'", r.errLines()[0].replaceAll("; expected.*", ""));
        assertEquals("referral: and 979 more problems like these (the first 20 above)", r.errLines()[20]);
        // The same bound in a batch line's errors.
        String line = "{\"answers\": {" + answers.toString().strip().replaceAll("(q\\d+): yes", "\"$1\": \"yes\"")
                .replace("\n", ", ") + "}}\n";
        Cli.Result batch = Cli.runWithInput(line, "batch", "--rules", TREE);
        assertEquals(4, batch.exit(), batch.err());
        assertTrue(batch.out().contains("\"and 979 more problems like these (the first 20 above)\"],"
                + "\"codes\":[" + "\"no-such-question\",".repeat(19) + "\"no-such-question\"]}"), batch.out());
    }
}
