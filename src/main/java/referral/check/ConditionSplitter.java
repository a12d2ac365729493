package referral.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a condition over a {@link State} symbolically: cuts the state into pieces on
 * which the condition is decided, true or false. The pieces are disjoint and cover the state.
 */
final class ConditionSplitter {

    record Piece(State state, boolean holds) {}

    /** What the analysis learns as tests are evaluated. */
    interface Observer {
        /** {@code test} was evaluated on a path that never asked its question (so it is false). */
        void unasked(Compiled.Test test);

        /** {@code test} was evaluated on a path where its question was answered within {@code region}. */
        void tested(Compiled.Test test, Region region);
    }

    static final Observer QUIET = new Observer() {
        @Override
        public void unasked(Compiled.Test test) {}

        @Override
        public void tested(Compiled.Test test, Region region) {}
    };

    private ConditionSplitter() {}

    static List<Piece> split(Compiled c, State s, Observer observer) {
        List<Piece> out = new ArrayList<>(4);
        split(c, s, observer, out);
        return out;
    }

    private static void split(Compiled c, State s, Observer observer, List<Piece> out) {
        if (c instanceof Compiled.Test test) {
            QuestionSpace space = test.space;
            Region r = s.get(space.index);
            if (r == null) {
                observer.unasked(test);
                out.add(new Piece(s, false)); // a test on a question not answered is false
                return;
            }
            observer.tested(test, r);
            space.split(r, test, s, out);
            return;
        }
        if (c instanceof Compiled.Not not) {
            int from = out.size();
            split(not.part(), s, observer, out);
            for (int i = from; i < out.size(); i++) {
                out.set(i, new Piece(out.get(i).state(), !out.get(i).holds()));
            }
            return;
        }
        boolean all = c instanceof Compiled.All;
        Compiled[] parts = all ? ((Compiled.All) c).parts() : ((Compiled.Any) c).parts();
        // For all: a false part decides; for any: a true part decides. Undecided pieces go on to the next part.
        List<State> open = List.of(s);
        List<Piece> scratch = new ArrayList<>(4);
        for (Compiled part : parts) {
            List<State> next = new ArrayList<>(4);
            for (State st : open) {
                scratch.clear();
                split(part, st, observer, scratch);
                for (Piece p : scratch) {
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
