package referral.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.diagnostics.Position;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Choice;
import referral.rules.ConditionText;
import referral.rules.Tree;

/**
 * Answers read from a file, checked against a tree, and where each choice was named ({@code positions}: question id to choice id to position), so that
 * an answer the walk refuses can be pointed at.
 */
public record AnswerSet(Map<String, Answer> answers, Map<String, Map<String, Position>> positions) {
    public AnswerSet {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        positions = Map.copyOf(positions);
    }

    /** Where the answer to {@code question} names {@code choice}; null when not known. */
    public Position position(String question, String choice) {
        Map<String, Position> choices = positions.get(question);
        return choices == null ? null : choices.get(choice);
    }

    /**
     * Where these answers lead. An answer naming a choice that is not offered where its question is
     * asked (its {@code when} does not hold on the earlier answers) is an error, as {@link #notOffered} says.
     */
    public Step step(Tree tree) throws BadInput {
        Step step = Engine.step(tree, answers);
        if (step instanceof Step.NotOffered refused) {
            throw new BadInput(Input.ANSWERS, notOffered(tree, refused));
        }
        return step;
    }

    /**
     * What is worth a warning once these answers have reached an outcome: each answer to a question
     * the path did not ask, which is ignored ({@code file} names the answers in the warning).
     */
    public List<Diagnostic> warnings(Step.Reached reached, String file) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (String id : reached.unused()) {
            warnings.add(Diagnostic.of(Code.NOT_ASKED, Position.ofFile(file),
                    "'" + id + "' is answered but this path does not ask it; ignored"));
        }
        return warnings;
    }

    /**
     * One line a choice not offered: {@code answers.yaml:3:15: 'urgent-signs' has no choice
     * 'pregnancy-warning' here: it is offered only when pregnant is yes; expected one or more of: ...}.
     */
    public List<Diagnostic> notOffered(Tree tree, Step.NotOffered refused) {
        String q = refused.ask().question().id();
        List<Diagnostic> problems = new ArrayList<>();
        for (Choice c : refused.hidden()) {
            problems.add(Diagnostic.of(Code.NOT_OFFERED, position(q, c.id()), "'" + q + "' has no choice '" + c.id()
                    + "' here: it is offered only when " + ConditionText.words(c.when(), tree.questions())
                    + "; expected " + Accepted.of(refused.ask().shown())));
        }
        return problems;
    }
}
