package referral.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import referral.rules.Tree;
import referral.testing.Trees;

/** A condition sees only answers the path asked for, as the check layer's analysis assumes. */
class StaleAnswersTest {
    private static final String TREE = """
            id: t
            version: 1
            title: T
            start: signs
            questions:
              signs:
                text: Any of these?
                type: multi
                choices: {numb: Numbness, none: None of these}
                exclusive: [none]
                next:
                  - when: {signs: numb}
                    goto: age
                  - goto: rest
              age:
                text: How old are you?
                type: number
                next:
                  - goto: rest
              rest:
                text: Does it hurt at rest?
                type: yes-no
                next:
                  - when: {age: {at-least: 50}}
                    goto: gp
                  - goto: home
            outcomes:
              gp: {see: primary-care, urgency: routine, title: See your doctor, say: Book a visit.}
              home: {see: self-care, urgency: self-care, title: Rest at home, say: It should pass.}
            """;

    @Test
    void anAnswerToAQuestionThePathSkipsDoesNotSteerIt() {
        Tree tree = Trees.load(TREE).tree().orElseThrow();
        // Someone said numbness (so age was asked: 60), then went back and changed it to none.
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("signs", Answer.Chosen.of("none"));
        answers.put("age", new Answer.Number(60));
        answers.put("rest", Answer.Chosen.of("no"));
        Step.Reached r = assertInstanceOf(Step.Reached.class, Engine.step(tree, answers));
        assertEquals("home", r.outcome().id());
        assertEquals(Set.of("age"), r.unused());
    }
}
