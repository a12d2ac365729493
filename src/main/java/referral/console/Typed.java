package referral.console;

import referral.answers.Accepted;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import referral.engine.Answer;
import referral.rules.Choice;
import referral.rules.Numbers;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * Turns what a person typed into an answer: choice numbers or ids (several for {@code multi},
 * separated by spaces or commas), {@code y}/{@code n} for yes-no, or a number in range.
 * Either {@code answer} or {@code problem} is set.
 */
record Typed(Answer answer, String problem) {

    static Typed parse(Question q, String input) {
        return parse(q, List.of(), input);
    }

    /**
     * As {@link #parse(Question, String)}, for a question shown with only some of its choices:
     * the id of one of the others ({@code hidden}) is said not to be offered here.
     */
    static Typed parse(Question q, List<Choice> hidden, String input) {
        String text = input.strip();
        if (q.type() == QuestionType.NUMBER) {
            String problem = numberProblem(q, withoutUnit(q, text));
            return problem != null ? fail(problem) : ok(new Answer.Number(Double.parseDouble(withoutUnit(q, text))));
        }
        String[] tokens = text.split("[,\\s]+");
        if (text.isEmpty() || tokens.length == 0) {
            return fail(expected(q));
        }
        if (q.type() != QuestionType.MULTI && tokens.length > 1) {
            return fail("Choose just one. " + expected(q));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String token : tokens) {
            String id = choiceId(q, token);
            if (id == null) {
                String t = token.toLowerCase(Locale.ROOT);
                boolean notOffered = hidden.stream().anyMatch(c -> c.id().equals(t));
                return fail("'" + token + "' is " + (notOffered ? "not offered here. " : "not one of the choices. ")
                        + expected(q));
            }
            chosen.add(id);
        }
        String conflict = exclusiveConflict(q, chosen);
        if (conflict != null) {
            return fail(conflict);
        }
        return ok(new Answer.Chosen(inTreeOrder(q, chosen)));
    }

    /** Why the text is not an acceptable number for the question, or null when it is. */
    static String numberProblem(Question q, String text) {
        if (text.isEmpty()) {
            return "Type " + Accepted.number(q) + ".";
        }
        // Plain decimals only: Java would also take "1e3", "0x1p4", "2d" or "Infinity".
        if (!text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)") || text.length() > 15) {
            return "'" + text + "' is not a number. Type " + Accepted.number(q) + ".";
        }
        double v = Double.parseDouble(text);
        if ((q.min() != null && v < q.min()) || (q.max() != null && v > q.max())) {
            return Numbers.format(v) + " is out of range. Type " + Accepted.number(q) + ".";
        }
        return null;
    }

    /** The conflict an exclusive choice makes with the others, or null. */
    static String exclusiveConflict(Question q, Set<String> chosen) {
        for (String x : q.exclusive()) {
            if (chosen.contains(x) && chosen.size() > 1) {
                return "'" + q.choice(x).map(c -> c.text().value()).orElse(x) + "' cannot be combined with other choices.";
            }
        }
        return null;
    }

    static Set<String> inTreeOrder(Question q, Set<String> chosen) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : q.choiceIds()) {
            if (chosen.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    private static String choiceId(Question q, String token) {
        List<Choice> choices = q.choices();
        String t = token.toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,3}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= choices.size() ? choices.get(n - 1).id() : null;
        }
        if (q.choice(t).isPresent()) {
            return t;
        }
        if (q.type() == QuestionType.YES_NO && (t.equals("y") || t.equals("n"))) {
            return t.equals("y") ? "yes" : "no";
        }
        return null;
    }

    private static String withoutUnit(Question q, String text) {
        if (q.unit() != null && text.toLowerCase(Locale.ROOT).endsWith(q.unit().toLowerCase(Locale.ROOT))) {
            return text.substring(0, text.length() - q.unit().length()).strip();
        }
        return text;
    }

    private static String expected(Question q) {
        if (q.type() == QuestionType.MULTI) {
            return "Type one or more numbers from 1 to " + q.choices().size() + ", separated by spaces or commas.";
        }
        if (q.type() == QuestionType.YES_NO) {
            return "Type 1 or y for yes, 2 or n for no.";
        }
        return "Type a number from 1 to " + q.choices().size() + ".";
    }

    private static Typed ok(Answer a) {
        return new Typed(a, null);
    }

    private static Typed fail(String problem) {
        return new Typed(null, problem);
    }
}
