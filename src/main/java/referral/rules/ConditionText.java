package referral.rules;

import java.util.List;
import java.util.Map;

/** A condition printed for people: as it was written, or in words. Beside the model it prints. */
public final class ConditionText {
    private ConditionText() {}

    /** The condition in the compact YAML flow style it was written in. */
    public static String describe(Condition condition) {
        if (condition instanceof Condition.Is c) {
            return c.question() + ": " + c.choice();
        }
        if (condition instanceof Condition.AnyOf c) {
            return c.question() + ": {any: [" + String.join(", ", c.choices()) + "]}";
        }
        if (condition instanceof Condition.AllOf c) {
            return c.question() + ": {all: [" + String.join(", ", c.choices()) + "]}";
        }
        if (condition instanceof Condition.Below c) {
            return c.question() + ": {below: " + Numbers.format(c.limit()) + "}";
        }
        if (condition instanceof Condition.AtLeast c) {
            return c.question() + ": {at-least: " + Numbers.format(c.limit()) + "}";
        }
        if (condition instanceof Condition.All c) {
            return "all: [" + join(c.conditions()) + "]";
        }
        if (condition instanceof Condition.Any c) {
            return "any: [" + join(c.conditions()) + "]";
        }
        return "not: {" + describe(((Condition.Not) condition).condition()) + "}";
    }

    /**
     * The condition in words for people reading a message or a drawing: {@code pregnant is yes},
     * {@code age is at least 12 and age is below 56}, {@code signs includes chest or numb}.
     * {@code questions} tells multi questions (whose answer includes a choice) from the others.
     */
    public static String words(Condition condition, Map<String, Question> questions) {
        if (condition instanceof Condition.OnQuestion on) {
            return test(on, questions, false);
        }
        if (condition instanceof Condition.Not not) {
            if (not.condition() instanceof Condition.OnQuestion on) {
                return test(on, questions, true);
            }
            return "not (" + words(not.condition(), questions) + ")";
        }
        boolean all = condition instanceof Condition.All;
        List<Condition> parts = all ? ((Condition.All) condition).conditions() : ((Condition.Any) condition).conditions();
        StringBuilder s = new StringBuilder();
        for (Condition part : parts) {
            if (s.length() > 0) {
                s.append(all ? " and " : " or ");
            }
            boolean nested = part instanceof Condition.All || part instanceof Condition.Any;
            s.append(nested ? "(" : "").append(words(part, questions)).append(nested ? ")" : "");
        }
        return s.toString();
    }

    private static String test(Condition.OnQuestion on, Map<String, Question> questions, boolean negated) {
        Question q = questions.get(on.question());
        boolean multi = q != null && q.type() == QuestionType.MULTI;
        String is = multi ? (negated ? " does not include " : " includes ") : (negated ? " is not " : " is ");
        if (on instanceof Condition.Is c) {
            return c.question() + is + c.choice();
        }
        if (on instanceof Condition.AnyOf c) {
            if (negated && c.choices().size() > 1) {
                return c.question() + (multi ? " includes none of " : " is none of ") + String.join(", ", c.choices());
            }
            return c.question() + is + list(c.choices(), "or");
        }
        if (on instanceof Condition.AllOf c) {
            return c.question() + (negated ? " does not include all of " : " includes ") + list(c.choices(), "and");
        }
        if (on instanceof Condition.Below c) {
            return c.question() + (negated ? " is not below " : " is below ") + Numbers.format(c.limit());
        }
        Condition.AtLeast c = (Condition.AtLeast) on;
        return c.question() + (negated ? " is not at least " : " is at least ") + Numbers.format(c.limit());
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    private static String list(java.util.Collection<String> ids, String last) {
        List<String> l = List.copyOf(ids);
        if (l.size() == 1) {
            return l.get(0);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + " " + last + " " + l.get(l.size() - 1);
    }

    private static String join(List<Condition> conditions) {
        StringBuilder s = new StringBuilder();
        for (Condition c : conditions) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append('{').append(describe(c)).append('}');
        }
        return s.toString();
    }
}
