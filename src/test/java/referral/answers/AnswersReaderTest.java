package referral.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.diagnostics.BadInput;
import referral.engine.Answer;
import referral.files.InputFiles;
import referral.testing.Trees;

class AnswersReaderTest {
    private final AnswersReader reader = new AnswersReader(Trees.valid(Trees.SMALL));

    private AnswerSet read(String text) throws BadInput {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return reader.read(new InputFiles.Content("a.yaml", bytes, false, bytes.length));
    }

    private List<String> problems(String text) {
        return assertThrows(BadInput.class, () -> read(text)).lines();
    }

    @Test
    void readsEachKindOfAnswer() throws Exception {
        Map<String, Answer> a = read("signs: [numb]\nage: 42\nrest: yes\nwhere: back\n").answers();
        assertEquals(Answer.Chosen.of("numb"), a.get("signs"));
        assertEquals(new Answer.Number(42), a.get("age"));
        assertEquals(Answer.Chosen.of("yes"), a.get("rest"));
        assertEquals(Answer.Chosen.of("back"), a.get("where"));
    }

    @Test
    void jsonWorksTooWithBooleansForYesNo() throws Exception {
        Map<String, Answer> a = read("{\"signs\": \"none\", \"rest\": false}").answers();
        assertEquals(Answer.Chosen.of("none"), a.get("signs"));
        assertEquals(Answer.Chosen.of("no"), a.get("rest"));
    }

    @Test
    void idsAreMatchedWithoutRegardToCase() throws Exception {
        assertEquals(Answer.Chosen.of("yes"), read("REST: Yes\n").answers().get("rest"));
    }

    @Test
    void anEmptyFileIsNoAnswersYet() throws Exception {
        assertEquals(Map.of(), read("").answers());
    }

    @Test
    void anUnknownChoiceNamesTheQuestionAndTheAllowedAnswers() {
        assertEquals(List.of("a.yaml:1:7: unknown choice 'maybe' for 'rest'; expected one of: yes, no"),
                problems("rest: maybe\n"));
    }

    @Test
    void everyProblemIsItsOwnLine() {
        assertEquals(List.of(
                "a.yaml:1:1: unknown question 'sings' (did you mean 'signs'?)",
                "a.yaml:2:6: 200 is out of range for 'age'; expected a number from 0 to 120 years",
                "a.yaml:3:8: 'where' takes one answer, not a list; expected one of: back, joints",
                "a.yaml:4:8: 'signs' needs at least one choice; expected one of: chest, numb, none"),
                problems("sings: none\nage: 200\nwhere: [back, joints]\nsigns: []\n"));
    }

    @Test
    void numbersMustBeNumbers() {
        assertEquals(List.of("a.yaml:1:6: 'age' needs a number from 0 to 120 years, not text 'forty'"),
                problems("age: forty\n"));
        assertEquals(List.of("a.yaml:1:6: 'age' needs a finite number from 0 to 120 years, not '.nan'"),
                problems("age: .nan\n"));
    }

    @Test
    void anExclusiveChoiceStandsAlone() {
        assertEquals(List.of("a.yaml:1:8: 'none' of 'signs' cannot be combined with other choices"),
                problems("signs: [none, numb]\n"));
    }

    @Test
    void theFileMustBeAMapping() {
        assertEquals(List.of("a.yaml:1:1: answers must be a mapping of question id to answer (like"
                + " 'age: 40'), not a list"), problems("- rest\n"));
    }

    @Test
    void writtenAnswersReadBackTheSame() throws Exception {
        Map<String, Answer> given = read("signs: [chest, numb]\nage: 42.5\nrest: no\n").answers();
        assertEquals(given, read(AnswersWriter.toYaml(given)).answers());
    }
}
