package referral.console;

import referral.answers.Accepted;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import referral.engine.Answer;
import referral.lang.Words;
import referral.rules.Choice;
import referral.rules.Numbers;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * Turns what a person typed into an answer: choice numbers or ids (several for {@code multi},
 * separated by spaces or commas), {@code y}/{@code n} for yes-no, or a number in range. A choice
 * may also be typed as its text, in the session's language or in English ("Да", "нет", "None of
 * these", "Ничего из этого"), and yes-no as {@code д}/{@code н} too: a person reading Russian
 * need not switch the keyboard to answer. Either {@code answer} or {@code problem} is set.
 */
record Typed(Answer answer, String problem) {

    static Typed parse(Question q, String input) {
        return parse(q, List.of(), input, Words.ENGLISH);
    }

    /**
     * As {@link #parse(Question, String)}, for a question shown with only some of its choices:
     * the id of one of the others ({@code hidden}) is said not to be offered here.
     */
    static Typed parse(Question q, List<Choice> hidden, String input, Words words) {
        String text = input.strip();
        if (q.type() == QuestionType.NUMBER) {
            String problem = numberProblem(q, withoutUnit(q, text), words);
            return problem != null ? fail(problem) : ok(new Answer.Number(Double.parseDouble(withoutUnit(q, text))));
        }
        String whole = byText(q, text);
        if (whole != null) {
            return ok(Answer.Chosen.of(whole));
        }
        String[] tokens = text.split("[,\\s]+");
        if (text.isEmpty() || tokens.length == 0) {
            return fail(expected(q, words));
        }
        if (q.type() != QuestionType.MULTI && tokens.length > 1) {
            return fail(words.get("typed.just-one", expected(q, words)));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String token : tokens) {
            String id = choiceId(q, token);
            if (id == null) {
                String t = token.toLowerCase(Locale.ROOT);
                boolean notOffered = hidden.stream().anyMatch(c -> c.id().equals(t));
                return fail(words.get(notOffered ? "typed.not-offered" : "typed.not-a-choice", token, expected(q, words)));
            }
            chosen.add(id);
        }
        String conflict = exclusiveConflict(q, chosen, words);
        if (conflict != null) {
            return fail(conflict);
        }
        return ok(new Answer.Chosen(inTreeOrder(q, chosen)));
    }

    /** Why the text is not an acceptable number for the question, or null when it is. */
    static String numberProblem(Question q, String text, Words words) {
        String accepted = Accepted.number(q, words);
        if (text.isEmpty()) {
            return words.get("typed.type", accepted);
        }
        // Plain decimals only: Java would also take "1e3", "0x1p4", "2d" or "Infinity".
        if (!text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)") || text.length() > 15) {
            return words.get("typed.not-a-number", text, accepted);
        }
        double v = Double.parseDouble(text);
        if ((q.min() != null && v < q.min()) || (q.max() != null && v > q.max())) {
            return words.get("typed.out-of-range", Numbers.format(v), accepted);
        }
        return null;
    }

    /** The conflict an exclusive choice makes with the others, or null. */
    static String exclusiveConflict(Question q, Set<String> chosen, Words words) {
        for (String x : q.exclusive()) {
            if (chosen.contains(x) && chosen.size() > 1) {
                return words.get("typed.exclusive", q.choice(x).map(c -> c.text().value()).orElse(x));
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

    /** The choice whose whole text, in the session's language or in English, is what was typed; or null. */
    private static String byText(Question q, String text) {
        String typed = comparable(text);
        if (typed.isEmpty()) {
            return null;
        }
        for (Choice c : q.choices()) {
            if (typed.equals(comparable(c.text().value())) || typed.equals(comparable(c.text().in("en")))) {
                return c.id();
            }
        }
        return null;
    }

    private static String comparable(String s) {
        return s.strip().replaceAll("[.!]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
        if (q.type() == QuestionType.YES_NO && (t.equals("y") || t.equals("д"))) {
            return "yes";
        }
        if (q.type() == QuestionType.YES_NO && (t.equals("n") || t.equals("н"))) {
            return "no";
        }
        return null;
    }

    private static String withoutUnit(Question q, String text) {
        if (q.unit() == null) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String unit : unitWords(q)) {
            if (!unit.isEmpty() && lower.endsWith(unit)) {
                return text.substring(0, text.length() - unit.length()).strip();
            }
        }
        return text;
    }

    /** The unit as it may be typed after a number: its English, or any of its forms ("42 года"). */
    private static List<String> unitWords(Question q) {
        List<String> words = new java.util.ArrayList<>();
        for (String form : (q.unit().value() + "|" + q.unit().in("en")).split("\\|")) {
            words.add(form.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String expected(Question q, Words words) {
        if (q.type() == QuestionType.MULTI) {
            return words.get("typed.expect-multi", Integer.toString(q.choices().size()));
        }
        if (q.type() == QuestionType.YES_NO) {
            return words.get("typed.expect-yes-no");
        }
        return words.get("typed.expect-one", Integer.toString(q.choices().size()));
    }

    private static Typed ok(Answer a) {
        return new Typed(a, null);
    }

    private static Typed fail(String problem) {
        return new Typed(null, problem);
    }
}
