package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import referral.answers.AnswersReader;
import referral.cases.CaseFiles;
import referral.cases.CaseReader;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.files.AtomicFile;
import referral.files.InputFiles;
import referral.testing.Cli;
import referral.testing.Trees;

/**
 * One example for each code of answers, case files and files (the rules codes have theirs in
 * {@code check/DiagnosticCodesTest}): the answers codes through {@code referral batch}, whose error
 * objects carry them, the others from the readers that report them. The lines are the README's examples.
 */
class InputCodesTest {
    private static final String SMALL = BatchCommandTest.SMALL;
    private static final Set<Code> SEEN = new TreeSet<>();

    @TempDir
    Path dir;

    static Stream<Arguments> batchLines() {
        String many = IntStreamText.answers(1001);
        return Stream.of(
                Arguments.of(Code.TOO_MANY_ANSWERS, SMALL, "{\"answers\": {" + many + "}}",
                        "<stdin>:1:10904: more than 1000 answers; the limit is 1000"),
                Arguments.of(Code.NO_SUCH_QUESTION, SMALL, "{\"answers\": {\"sings\": \"none\"}}",
                        "<stdin>:1:14: unknown question 'sings' (did you mean 'signs'?)"),
                Arguments.of(Code.ANSWERED_TWICE, SMALL, "{\"answers\": {\"age\": 40, \"AGE\": 41}}",
                        "<stdin>:1:25: 'age' is answered twice"),
                Arguments.of(Code.NO_SUCH_CHOICE, SMALL, "{\"answers\": {\"signs\": \"chset\"}}",
                        "<stdin>:1:23: unknown choice 'chset' for 'signs' (did you mean 'chest'?); expected one of: chest, numb, none"),
                Arguments.of(Code.NOT_A_CHOICE, SMALL, "{\"answers\": {\"signs\": {\"chest\": true}}}",
                        "<stdin>:1:23: 'signs' needs a choice id, not a mapping; expected one of: chest, numb, none"),
                Arguments.of(Code.NO_CHOICE, SMALL, "{\"answers\": {\"signs\": []}}",
                        "<stdin>:1:23: 'signs' needs at least one choice; expected one of: chest, numb, none"),
                Arguments.of(Code.ONE_CHOICE_ONLY, SMALL,
                        "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": \"yes\", \"where\": [\"back\", \"joints\"]}}",
                        "<stdin>:1:66: 'where' takes one answer, not a list; expected one of: back, joints"),
                Arguments.of(Code.TOO_MANY_CHOICES, SMALL, "{\"answers\": {\"signs\": [\"chest\", \"numb\", \"none\", \"numb\"]}}",
                        "<stdin>:1:23: 'signs' lists 4 answers; it has only 3 choices; expected one of: chest, numb, none"),
                Arguments.of(Code.CHOICE_TWICE, SMALL, "{\"answers\": {\"signs\": [\"numb\", \"numb\"]}}",
                        "<stdin>:1:23: 'signs' lists a choice twice"),
                Arguments.of(Code.NOT_COMBINABLE, SMALL, "{\"answers\": {\"signs\": [\"none\", \"numb\"]}}",
                        "<stdin>:1:23: 'none' of 'signs' cannot be combined with other choices"),
                Arguments.of(Code.NOT_A_NUMBER, SMALL, "{\"answers\": {\"signs\": \"none\", \"age\": \"old\"}}",
                        "<stdin>:1:38: 'age' needs a number from 0 to 120 years, not text 'old'"),
                Arguments.of(Code.OUT_OF_RANGE, SMALL, "{\"answers\": {\"signs\": \"none\", \"age\": 130}}",
                        "<stdin>:1:38: 130 is out of range for 'age'; expected a number from 0 to 120 years"),
                Arguments.of(Code.NOT_OFFERED, Trees.WHEN_FILE.toString(), "{\"answers\": {\"emergency-signs\": \"none\","
                        + " \"age\": 30, \"sex\": \"male\", \"urgent-signs\": \"pregnancy-warning\"}}",
                        "<stdin>:1:83: 'urgent-signs' has no choice 'pregnancy-warning' here: it is offered only when"
                        + " pregnant is yes; expected one or more of: fever-back, none"),
                Arguments.of(Code.INCOMPLETE, SMALL, "{\"answers\": {\"signs\": \"none\"}}",
                        "<stdin>:1: incomplete: question 'age' (How old are you?) is not answered; expected a number"
                        + " from 0 to 120 years"),
                Arguments.of(Code.BAD_LINE, SMALL, "{\"answers\": {\"signs\": \"none\"}, \"note\": 1}",
                        "<stdin>:1:32: unknown key 'note'; expected id (optional) and answers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batchLines")
    void eachAnswersCodeIsInTheErrorObjectOfABatchLine(Code code, String tree, String line, String error) {
        Cli.Result r = Cli.runWithInput(line + "\n", "batch", "--rules", tree, "--threads", "1");
        assertEquals(4, r.exit(), r.err());
        assertEquals("{\"line\":1,\"errors\":[" + quoted(error) + "],\"codes\":[\"" + code.id() + "\"]}\n", r.out());
        SEEN.add(code);
    }

    @Test
    void answersThatAreNotAMappingAreRefusedByRunWithTheirCode() throws Exception {
        Cli.Result r = Cli.runWithInput("- age\n- 40\n", "run", "--rules", SMALL, "--answers", "-");
        assertEquals(4, r.exit());
        String line = "<stdin>:1:1: answers must be a mapping of question id to answer (like 'age: 40'), not a list";
        assertEquals("referral: " + line + "\n", r.err());
        byte[] bytes = "- age\n- 40\n".getBytes(StandardCharsets.UTF_8);
        BadInput e = assertThrows(BadInput.class, () -> new AnswersReader(Trees.valid(Trees.SMALL))
                .read(new InputFiles.Content("<stdin>", bytes, false, bytes.length)));
        assertProblem(Code.NOT_ANSWERS, line, e);
    }

    @Test
    void anAnswerThePathDoesNotAskIsAWarningWithItsCode() throws Exception {
        String answers = "signs: [chest]\nage: 40\n";
        Cli.Result r = Cli.runWithInput(answers, "run", "--rules", SMALL, "--answers", "-");
        assertEquals(0, r.exit(), r.err());
        String line = "<stdin>: 'age' is answered but this path does not ask it; ignored";
        assertEquals("referral: warning: " + line + "\n", r.err());
        byte[] bytes = answers.getBytes(StandardCharsets.UTF_8);
        var tree = Trees.valid(Trees.SMALL);
        var set = new AnswersReader(tree).read(new InputFiles.Content("<stdin>", bytes, false, bytes.length));
        List<Diagnostic> warnings = set.warnings((referral.engine.Step.Reached) set.step(tree), "<stdin>");
        assertEquals(List.of(new Diagnostic(referral.diagnostics.Severity.WARNING, Code.NOT_ASKED,
                referral.diagnostics.Position.ofFile("<stdin>"), line.substring("<stdin>: ".length()))), warnings);
        SEEN.add(Code.NOT_ASKED);
    }

    static Stream<Arguments> caseFiles() {
        String story = "{name: one, description: d, answers: {signs: none, age: 40, rest: no}, expect: {outcome: home}}";
        return Stream.of(
                Arguments.of(Code.NOT_CASES, "", "c.yaml: the file is empty; expected 'cases:' with a list of cases"),
                Arguments.of(Code.NO_CASES, "cases: []\n", "no cases to run; a case file needs 'cases:' with at least one case"),
                Arguments.of(Code.WRONG_TREE, "tree: muscle-pain\ncases: [" + story + "]\n",
                        "c.yaml:1:7: these cases are for tree 'muscle-pain', but the rules are tree 'small'"),
                Arguments.of(Code.DUPLICATE_CASE, "cases:\n  - " + story + "\n  - " + story + "\n",
                        "c.yaml:3:5: case name 'one' is used twice (first at line 2)"),
                Arguments.of(Code.EXPECTS_NOTHING, "cases:\n  - {name: one, description: d, answers: {signs: none}, expect: {}}\n",
                        "c.yaml:2:65: 'expect' of case 'one' expects nothing; give at least one of: outcome, see, specialty,"
                        + " urgency"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void eachCaseFileCodeComesWithItsLine(Code code, String text, String line) throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), text);
        Cli.Result r = Cli.run("test", "--rules", SMALL, file.toString());
        assertEquals(4, r.exit(), r.err());
        assertEquals("referral: " + (line.startsWith("c.yaml") ? file + line.substring("c.yaml".length()) : line),
                r.errLines()[0]);
        BadInput e = assertThrows(BadInput.class, () -> new CaseReader(Trees.valid(Trees.SMALL))
                .readAll(List.of(new InputFiles.Content("c.yaml", Files.readAllBytes(file), false, text.length()))));
        assertProblem(code, line, e);
    }

    @Test
    void eachFileCodeComesWithItsLine() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path locked = Files.writeString(dir.resolve("locked.yaml"), "age: 40\n");
        Files.setPosixFilePermissions(locked, Set.of());
        assertProblem(Code.NO_SUCH_FILE, dir + "/nope.yaml: no such file",
                assertThrows(BadInput.class, () -> InputFiles.read(dir.resolve("nope.yaml"), 100)));
        assertProblem(Code.NOT_A_FILE, folder + ": is a directory; expected a file",
                assertThrows(BadInput.class, () -> InputFiles.read(folder, 100)));
        if (!"root".equals(System.getProperty("user.name"))) { // root reads whatever the permissions say
            assertProblem(Code.PERMISSION_DENIED, locked + ": permission denied",
                    assertThrows(BadInput.class, () -> InputFiles.read(locked, 100)));
        } else {
            SEEN.add(Code.PERMISSION_DENIED);
        }
        assertProblem(Code.NO_SUCH_FILE, folder + ": no case files (.yaml, .yml or .json) in this directory",
                assertThrows(BadInput.class, () -> CaseFiles.expand(folder)));
        assertProblem(Code.CANNOT_READ, "<stdin>: cannot read (Input/output error)",
                assertThrows(BadInput.class, () -> InputFiles.readStdin(new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("Input/output error");
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws java.io.IOException {
                        return read();
                    }
                }, 100)));
        assertProblem(Code.CANNOT_WRITE, dir + "/no/such/dir/a.yaml: cannot write: the directory " + dir
                + "/no/such/dir does not exist", assertThrows(BadInput.class,
                        () -> AtomicFile.write(dir.resolve("no/such/dir/a.yaml"), "x")));
    }

    @Test
    void theExitCodeFollowsTheKindOfInput() {
        assertEquals(ExitCode.BAD_RULES, Main.exitCode(Input.RULES));
        assertEquals(ExitCode.BAD_ANSWERS, Main.exitCode(Input.ANSWERS));
        assertEquals(ExitCode.BAD_ANSWERS, Main.exitCode(Input.CASES));
        assertEquals(ExitCode.FILE_IO, Main.exitCode(Input.FILES));
    }

    @AfterAll
    static void everyCodeOfAnswersCaseFilesAndFilesHasAnExampleHere() {
        Set<Code> catalogue = Stream.of(Input.ANSWERS, Input.CASES, Input.FILES).flatMap(i -> Code.of(i).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        // Only when the whole class ran (one test run alone sees only its own codes).
        if (SEEN.size() > 5) {
            assertEquals(catalogue, SEEN);
        }
    }

    private static void assertProblem(Code code, String line, BadInput e) {
        Diagnostic d = e.problems().get(0);
        assertEquals(line, d.line());
        assertEquals(code, d.code());
        SEEN.add(code);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Many answers to questions the tree does not have, as JSON members. */
    private static final class IntStreamText {
        static String answers(int n) {
            return java.util.stream.IntStream.range(0, n).mapToObj(i -> "\"q" + i + "\": 1").collect(Collectors.joining(", "));
        }
    }
}
