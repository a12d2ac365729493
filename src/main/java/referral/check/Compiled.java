package referral.check;

import java.util.List;
import java.util.Map;
import referral.rules.Condition;

/**
 * A condition compiled against the tree once, so that evaluating it on millions of path
 * states looks nothing up: each test knows its question and the choices it names as bits.
 */
sealed interface Compiled {

    /** A test on one question; also where the analysis notes what it learnt about the test. */
    final class Test implements Compiled {
        static final int ANY = 0; // {q: c} and {q: {any: [...]}}
        static final int ALL = 1;
        static final int BELOW = 2;
        static final int AT_LEAST = 3;

        final Condition.OnQuestion source;
        final QuestionSpace space;
        final int kind;
        final long mask;
        final double limit;
        boolean asked; // evaluated on a path that asked the question
        Object unaskedAt; // the first path state that reached it without asking the question

        Test(Condition.OnQuestion source, QuestionSpace space) {
            this.source = source;
            this.space = space;
            this.kind = source instanceof Condition.AllOf ? ALL : source instanceof Condition.Below ? BELOW
                    : source instanceof Condition.AtLeast ? AT_LEAST : ANY;
            this.mask = kind == BELOW || kind == AT_LEAST ? 0 : space.mask(source);
            this.limit = source instanceof Condition.Below b ? b.limit()
                    : source instanceof Condition.AtLeast a ? a.limit() : 0;
        }
    }

    record All(Compiled[] parts) implements Compiled {}

    record Any(Compiled[] parts) implements Compiled {}

    record Not(Compiled part) implements Compiled {}

    static Compiled of(Condition c, Map<String, QuestionSpace> spaces, List<Test> tests) {
        if (c instanceof Condition.OnQuestion on) {
            Test t = new Test(on, spaces.get(on.question()));
            tests.add(t);
            return t;
        }
        if (c instanceof Condition.Not not) {
            return new Not(of(not.condition(), spaces, tests));
        }
        List<Condition> parts = c instanceof Condition.All all ? all.conditions() : ((Condition.Any) c).conditions();
        Compiled[] compiled = new Compiled[parts.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = of(parts.get(i), spaces, tests);
        }
        return c instanceof Condition.All ? new All(compiled) : new Any(compiled);
    }
}
