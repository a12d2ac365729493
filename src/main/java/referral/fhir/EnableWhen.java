package referral.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import referral.engine.Answer;
import referral.engine.Conditions;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.Question;
import referral.rules.Tree;

/**
 * When a question is asked, said the way a FHIR Questionnaire can say it: one {@code enableWhen}
 * list whose tests all hold, or any of which holds. The tree's routing is a graph of ordered
 * {@code next} lists where the first match wins, which that can say only in part. A question is
 * said exactly when every question leading to it decides with tests on its own answer alone (as
 * triage trees mostly do: "go on to 'age' unless an emergency sign was picked"): the answers of
 * that question that send the walk here are then worked out by trying every answer it can take
 * (every choice, every combination of a multi's choices, a number on each side of each limit), and
 * said as tests when they can be. Anything else is {@link #of} empty: the exporter says it with
 * its own extension instead, never with an approximation.
 *
 * <p>Every test made here is false on an unanswered question, and FHIR treats a question that is
 * not enabled as unanswered, so "the question leading here was asked" needs no test of its own.
 */
final class EnableWhen {
    /** A multi question with more choices than this is not tried answer by answer (2^n answers). */
    private static final int MOST_MULTI_CHOICES = 16;

    /** One test: {@code question operator value}; value is a choice id, a number, or a boolean for 'exists'. */
    record Test(String question, String operator, Object value) {}

    /** Tests that must all hold ({@code all}) or any one of which must ({@code any}). */
    record Tests(boolean all, List<Test> tests) {
        String behavior() {
            return all ? "all" : "any";
        }
    }

    private EnableWhen() {}

    /**
     * The tests under which {@code target} is asked, or empty when they cannot be said exactly.
     * {@code sources}: the questions with a {@code next} entry going to {@code target}.
     */
    static Optional<Tests> of(String target, List<Question> sources) {
        List<Tests> each = new ArrayList<>();
        for (Question source : sources) {
            Optional<Tests> t = from(source, target);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            each.add(t.get());
        }
        if (each.isEmpty()) {
            return Optional.empty();
        }
        if (each.size() == 1) {
            return Optional.of(each.get(0));
        }
        // Several ways in: one 'any' list, when each way is a single test or an 'any' list itself.
        List<Test> any = new ArrayList<>();
        for (Tests t : each) {
            if (t.all() && t.tests().size() > 1) {
                return Optional.empty();
            }
            any.addAll(t.tests());
        }
        return Optional.of(new Tests(false, List.copyOf(new LinkedHashSet<>(any))));
    }

    /** The answers of {@code source} whose first matching entry goes to {@code target}, as tests. */
    private static Optional<Tests> from(Question source, String target) {
        int last = -1;
        for (int i = 0; i < source.next().size(); i++) {
            if (source.next().get(i).target().equals(target)) {
                last = i;
            }
        }
        for (int i = 0; i <= last; i++) {
            Condition when = source.next().get(i).when();
            if (when != null && !onlyTests(when, source.id())) {
                return Optional.empty(); // the way depends on other answers too
            }
        }
        return switch (source.type()) {
            case ONE, YES_NO -> single(source, target);
            case MULTI -> multi(source, target);
            case NUMBER -> number(source, target);
        };
    }

    private static boolean onlyTests(Condition c, String question) {
        if (c instanceof Condition.OnQuestion on) {
            return on.question().equals(question);
        }
        if (c instanceof Condition.All all) {
            return all.conditions().stream().allMatch(x -> onlyTests(x, question));
        }
        if (c instanceof Condition.Any any) {
            return any.conditions().stream().allMatch(x -> onlyTests(x, question));
        }
        return onlyTests(((Condition.Not) c).condition(), question);
    }

    private static boolean goesTo(Question q, Answer answer, String target) {
        Map<String, Answer> answers = Map.of(q.id(), answer);
        for (Branch b : q.next()) {
            if (b.when() == null || Conditions.holds(b.when(), answers)) {
                return b.target().equals(target);
            }
        }
        return false;
    }

    private static Tests exists(Question q) {
        return new Tests(true, List.of(new Test(q.id(), "exists", Boolean.TRUE)));
    }

    private static Optional<Tests> single(Question q, String target) {
        List<Test> equal = new ArrayList<>();
        for (Choice c : q.choices()) {
            if (goesTo(q, Answer.Chosen.of(c.id()), target)) {
                equal.add(new Test(q.id(), "=", c.id()));
            }
        }
        if (equal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(equal.size() == q.choices().size() ? exists(q) : new Tests(false, equal));
    }

    private static Optional<Tests> multi(Question q, String target) {
        List<String> ids = q.choiceIds();
        if (ids.size() > MOST_MULTI_CHOICES) {
            return Optional.empty();
        }
        List<Set<String>> all = new ArrayList<>();
        List<Set<String>> here = new ArrayList<>();
        for (int bits = 1; bits < 1 << ids.size(); bits++) {
            Set<String> picked = new LinkedHashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                if ((bits & 1 << i) != 0) {
                    picked.add(ids.get(i));
                }
            }
            if (picked.size() > 1 && picked.stream().anyMatch(q.exclusive()::contains)) {
                continue; // an exclusive choice stands alone
            }
            all.add(picked);
            if (goesTo(q, new Answer.Chosen(picked), target)) {
                here.add(picked);
            }
        }
        if (here.isEmpty()) {
            return Optional.empty();
        }
        if (here.size() == all.size()) {
            return Optional.of(exists(q));
        }
        // 'any' of some choices: the choices every answer holding them goes here.
        List<String> sufficient = ids.stream()
                .filter(c -> all.stream().filter(a -> a.contains(c)).allMatch(here::contains)).toList();
        if (!sufficient.isEmpty() && sameAnswers(here, all.stream()
                .filter(a -> sufficient.stream().anyMatch(a::contains)).toList())) {
            return Optional.of(new Tests(false, equalTests(q, sufficient)));
        }
        // 'all' of some choices: those every answer going here holds.
        List<String> shared = ids.stream().filter(c -> here.stream().allMatch(a -> a.contains(c))).toList();
        if (!shared.isEmpty() && sameAnswers(here, all.stream().filter(a -> a.containsAll(shared)).toList())) {
            return Optional.of(new Tests(true, equalTests(q, shared)));
        }
        return Optional.empty();
    }

    private static boolean sameAnswers(List<Set<String>> a, List<Set<String>> b) {
        return a.size() == b.size() && a.containsAll(b);
    }

    private static List<Test> equalTests(Question q, List<String> choices) {
        return choices.stream().map(c -> new Test(q.id(), "=", c)).toList();
    }

    /**
     * A number question: the answers going to {@code target} found on each stretch between the limits
     * its tests name (the tests are 'below' and 'at-least', so each stretch starts at a limit and
     * includes it), said as one stretch from a limit, up to one, or between two.
     */
    private static Optional<Tests> number(Question q, String target) {
        TreeSet<Double> limits = new TreeSet<>();
        for (Branch b : q.next()) {
            if (b.when() != null) {
                collectLimits(b.when(), limits);
            }
        }
        double min = q.min() == null ? Double.NEGATIVE_INFINITY : q.min();
        double max = q.max() == null ? Double.POSITIVE_INFINITY : q.max();
        List<Double> starts = new ArrayList<>();
        starts.add(min);
        for (double l : limits) {
            if (l > min && l <= max) {
                starts.add(l);
            }
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < starts.size(); i++) {
            double at = starts.get(i);
            double probe = Double.isInfinite(at) ? starts.size() > 1 ? starts.get(1) - 1 : 0 : at;
            if (goesTo(q, new Answer.Number(probe), target)) {
                if (last >= 0 && last != i - 1) {
                    return Optional.empty(); // two stretches apart: FHIR cannot say "(a or b) and c"
                }
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<Test> tests = new ArrayList<>();
        if (first > 0) {
            tests.add(new Test(q.id(), ">=", starts.get(first)));
        }
        if (last < starts.size() - 1) {
            tests.add(new Test(q.id(), "<", starts.get(last + 1)));
        }
        return Optional.of(tests.isEmpty() ? exists(q) : new Tests(true, tests));
    }

    private static void collectLimits(Condition c, Set<Double> limits) {
        if (c instanceof Condition.Below b) {
            limits.add(b.limit());
        } else if (c instanceof Condition.AtLeast a) {
            limits.add(a.limit());
        } else if (c instanceof Condition.All all) {
            all.conditions().forEach(x -> collectLimits(x, limits));
        } else if (c instanceof Condition.Any any) {
            any.conditions().forEach(x -> collectLimits(x, limits));
        } else if (c instanceof Condition.Not not) {
            collectLimits(not.condition(), limits);
        }
    }

    /** For callers that want every question leading to each question, in the tree's order. */
    static Map<String, List<Question>> sources(Tree tree) {
        Map<String, List<Question>> sources = new LinkedHashMap<>();
        for (Question q : tree.questions().values()) {
            for (Branch b : q.next()) {
                List<Question> list = sources.computeIfAbsent(b.target(), k -> new ArrayList<>());
                if (!list.contains(q)) {
                    list.add(q);
                }
            }
        }
        return sources;
    }
}
