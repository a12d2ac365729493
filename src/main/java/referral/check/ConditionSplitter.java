package referral.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import referral.rules.Condition;

/**
 * Evaluates a condition over a {@link State} symbolically: cuts the state into pieces on
 * which the condition is decided, true or false. The pieces are disjoint and cover the state.
 */
final class ConditionSplitter {

    record Piece(State state, boolean holds) {}

    /** What the analysis learns as tests are evaluated. */
    interface Observer {
        /** {@code test} was evaluated on a path that never asked its question (so it is false). */
        void unasked(Condition.OnQuestion test, State state);

        /** {@code test} was evaluated on a path where its question was answered within {@code region}. */
        void tested(Condition.OnQuestion test, QuestionSpace space, Region region);
    }

    static final Observer QUIET = new Observer() {
        @Override
        public void unasked(Condition.OnQuestion test, State state) {}

        @Override
        public void tested(Condition.OnQuestion test, QuestionSpace space, Region region) {}
    };

    private final Map<String, QuestionSpace> spaces;

    ConditionSplitter(Map<String, QuestionSpace> spaces) {
        this.spaces = spaces;
    }

    List<Piece> split(Condition c, State s, Observer observer) {
        List<Piece> out = new ArrayList<>();
        split(c, s, observer, out);
        return out;
    }

    private void split(Condition c, State s, Observer observer, List<Piece> out) {
        if (c instanceof Condition.OnQuestion test) {
            QuestionSpace space = spaces.get(test.question());
            Region r = s.get(space.index);
            if (r == null) {
                observer.unasked(test, s);
                out.add(new Piece(s, false)); // a test on a question not answered is false
                return;
            }
            observer.tested(test, space, r);
            QuestionSpace.Split split = space.split(r, test);
            for (Region yes : split.yes()) {
                out.add(new Piece(s.with(space.index, yes), true));
            }
            for (Region no : split.no()) {
                out.add(new Piece(s.with(space.index, no), false));
            }
            return;
        }
        if (c instanceof Condition.Not not) {
            for (Piece p : split(not.condition(), s, observer)) {
                out.add(new Piece(p.state(), !p.holds()));
            }
            return;
        }
        boolean all = c instanceof Condition.All;
        List<Condition> parts = all ? ((Condition.All) c).conditions() : ((Condition.Any) c).conditions();
        // For all: a false part decides; for any: a true part decides. Undecided pieces go on to the next part.
        List<State> open = List.of(s);
        for (Condition part : parts) {
            List<State> next = new ArrayList<>();
            for (State st : open) {
                for (Piece p : split(part, st, observer)) {
                    if (p.holds() == all) {
                        next.add(p.state());
                    } else {
                        out.add(p);
                    }
                }
            }
            open = next;
            if (open.isEmpty()) {
                return;
            }
        }
        for (State st : open) {
            out.add(new Piece(st, all));
        }
    }
}
