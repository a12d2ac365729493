package referral.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.Numbers;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * Everything a question's answer can be, and how a test on that question cuts a {@link Region}
 * into the part where the test holds and the part where it does not. Exact: no answer is lost
 * and none is invented, so a path the analysis calls feasible is one a person can take.
 */
final class QuestionSpace {
    static final int MAX_CHOICES = 64;

    final int index;
    final Question question;
    private final Map<String, Integer> bit = new HashMap<>();
    private final long all;
    private final long exclusive;

    QuestionSpace(int index, Question question) {
        this.index = index;
        this.question = question;
        List<Choice> choices = question.choices();
        if (choices.size() > MAX_CHOICES) {
            throw new IllegalArgumentException("question '" + question.id() + "' has more than " + MAX_CHOICES + " choices");
        }
        long ex = 0;
        for (int i = 0; i < choices.size(); i++) {
            bit.put(choices.get(i).id(), i);
            if (question.exclusive().contains(choices.get(i).id())) {
                ex |= 1L << i;
            }
        }
        this.all = choices.size() == 64 ? -1L : (1L << choices.size()) - 1;
        this.exclusive = ex;
    }

    String id() {
        return question.id();
    }

    int choiceBit(String choiceId) {
        Integer b = bit.get(choiceId);
        if (b == null) {
            throw new IllegalArgumentException("'" + choiceId + "' is not a choice of '" + id() + "'");
        }
        return b;
    }

    /** Every answer the question accepts. */
    Region full() {
        if (question.type() == QuestionType.NUMBER) {
            double low = question.min() == null ? Double.NEGATIVE_INFINITY : question.min();
            double high = question.max() == null ? Double.POSITIVE_INFINITY : Math.nextUp(question.max());
            return new Region.Range(low, high);
        }
        if (question.type() == QuestionType.MULTI) {
            return new Region.Picks(0, 0);
        }
        return new Region.OneOf(all);
    }

    /**
     * The full region cut into the smallest parts that no test on this question tells apart
     * (for a number, the intervals between the limits tests use; for a one question, the choices
     * no test separates). Starting from these parts, tests on the question never cut a region
     * again, so paths that differ only in how earlier tests happened to cut it are explored once.
     * A multi question stays whole: its parts could be exponentially many.
     */
    List<Region> atoms(List<Compiled.Test> tests) {
        Region full = full();
        if (full instanceof Region.Range range) {
            java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
            for (Compiled.Test t : tests) {
                if (t.limit > range.low() && t.limit < range.high()) {
                    cuts.add(t.limit);
                }
            }
            List<Region> atoms = new ArrayList<>();
            double low = range.low();
            for (double cut : cuts) {
                atoms.add(new Region.Range(low, cut));
                low = cut;
            }
            atoms.add(new Region.Range(low, range.high()));
            return atoms;
        }
        if (full instanceof Region.OneOf) {
            Map<String, Long> bySignature = new java.util.LinkedHashMap<>();
            for (int c = 0; c < question.choices().size(); c++) {
                StringBuilder signature = new StringBuilder();
                for (Compiled.Test t : tests) {
                    boolean decisive = !(t.kind == Compiled.Test.ALL && Long.bitCount(t.mask) > 1);
                    signature.append(decisive && (t.mask & (1L << c)) != 0 ? '1' : '0');
                }
                bySignature.merge(signature.toString(), 1L << c, (x, y) -> x | y);
            }
            List<Region> atoms = new ArrayList<>();
            bySignature.values().forEach(m -> atoms.add(new Region.OneOf(m)));
            return atoms;
        }
        return List.of(full);
    }

    /** Every choice, as bits. */
    long allChoices() {
        return all;
    }

    /** The answers in {@code r} that use only the {@code offered} choices (as bits). */
    Region offering(Region r, long offered) {
        if ((offered & all) == all) {
            return r;
        }
        if (r instanceof Region.OneOf one) {
            return new Region.OneOf(one.possible() & offered);
        }
        if (r instanceof Region.Picks p) {
            return new Region.Picks(p.in(), p.out() | (all & ~offered));
        }
        return r;
    }

    /**
     * Whether a person can answer when only the {@code offered} choices are shown: at least one of
     * them, and on a multi question with exclusive choices, one besides those ("none of these"
     * alone asks nothing).
     */
    boolean answerable(long offered) {
        if (question.type() == QuestionType.NUMBER) {
            return true;
        }
        if ((offered & all) == 0) {
            return false;
        }
        return question.type() != QuestionType.MULTI || (all & ~exclusive) == 0 || (offered & ~exclusive) != 0;
    }

    /** The answers that pick {@code choice}; empty when none can. */
    java.util.Optional<Region> picking(Region r, int choice) {
        long b = 1L << choice;
        Region out;
        if (r instanceof Region.OneOf one) {
            out = new Region.OneOf(one.possible() & b);
        } else if (r instanceof Region.Picks p) {
            out = new Region.Picks(p.in() | b, p.out());
        } else {
            return java.util.Optional.empty();
        }
        return feasible(out) ? java.util.Optional.of(out) : java.util.Optional.empty();
    }

    boolean feasible(Region r) {
        if (r instanceof Region.OneOf one) {
            return one.possible() != 0;
        }
        if (r instanceof Region.Range range) {
            return range.low() < range.high();
        }
        Region.Picks p = (Region.Picks) r;
        if ((p.in() & p.out()) != 0) {
            return false;
        }
        if ((p.in() & exclusive) != 0) {
            return Long.bitCount(p.in()) == 1; // an exclusive choice stands alone
        }
        return p.in() != 0 || (all & ~p.out()) != 0; // at least one choice is picked
    }

    /** Adds to {@code out} the pieces of {@code s} (whose region for this question is {@code r}) where the test holds or not. */
    void split(Region r, Compiled.Test test, State s, List<ConditionSplitter.Piece> out) {
        // Most tests decide a whole region (answers start cut into atoms): no new state then.
        if (r instanceof Region.Range range) {
            boolean below = test.kind == Compiled.Test.BELOW;
            if (test.limit <= range.low() || test.limit >= range.high()) {
                out.add(new ConditionSplitter.Piece(s, below == (test.limit >= range.high())));
                return;
            }
            piece(s, new Region.Range(range.low(), test.limit), below, out);
            piece(s, new Region.Range(test.limit, range.high()), !below, out);
        } else if (r instanceof Region.OneOf one) {
            long named = test.kind == Compiled.Test.ALL && Long.bitCount(test.mask) > 1 ? 0 : test.mask;
            long yes = one.possible() & named; // a single answer never holds two choices
            if (yes == 0 || yes == one.possible()) {
                out.add(new ConditionSplitter.Piece(s, yes != 0));
                return;
            }
            piece(s, new Region.OneOf(yes), true, out);
            piece(s, new Region.OneOf(one.possible() & ~named), false, out);
        } else {
            splitPicks((Region.Picks) r, test, s, out);
        }
    }

    /** Cuts a multi region into disjoint parts, one per first deciding choice, so that no part is lost. */
    private void splitPicks(Region.Picks p, Compiled.Test test, State s, List<ConditionSplitter.Piece> out) {
        long named = test.mask;
        if (test.kind == Compiled.Test.ALL) {
            if ((p.out() & named) != 0) {
                out.add(new ConditionSplitter.Piece(s, false));
                return;
            }
            piece(s, new Region.Picks(p.in() | named, p.out()), true, out);
            long in = p.in();
            for (long rest = named & ~p.in(); rest != 0; rest &= rest - 1) {
                long b = Long.lowestOneBit(rest);
                piece(s, new Region.Picks(in, p.out() | b), false, out);
                in |= b;
            }
            return;
        }
        if ((p.in() & named) != 0) {
            out.add(new ConditionSplitter.Piece(s, true));
            return;
        }
        long excluded = p.out();
        for (long rest = named & ~p.out(); rest != 0; rest &= rest - 1) {
            long b = Long.lowestOneBit(rest);
            piece(s, new Region.Picks(p.in() | b, excluded), true, out);
            excluded |= b;
        }
        piece(s, new Region.Picks(p.in(), excluded), false, out);
    }

    private void piece(State s, Region r, boolean holds, List<ConditionSplitter.Piece> out) {
        if (feasible(r)) {
            out.add(new ConditionSplitter.Piece(s.with(index, r), holds));
        }
    }

    /** The choices that may still be among the answers in {@code r}, as bits. */
    long possible(Region r) {
        if (r instanceof Region.OneOf one) {
            return one.possible();
        }
        if (r instanceof Region.Picks p) {
            if ((p.in() & exclusive) != 0) {
                return p.in();
            }
            return all & ~p.out() & (p.in() != 0 ? ~exclusive : -1L);
        }
        return 0;
    }

    /** The choices a test names, as bits. */
    long mask(Condition.OnQuestion test) {
        long m = 0;
        for (String c : named(test)) {
            m |= 1L << choiceBit(c);
        }
        return m;
    }

    static List<String> named(Condition.OnQuestion test) {
        if (test instanceof Condition.Is is) {
            return List.of(is.choice());
        }
        if (test instanceof Condition.AnyOf any) {
            return List.copyOf(any.choices());
        }
        if (test instanceof Condition.AllOf allOf) {
            return List.copyOf(allOf.choices());
        }
        return List.of();
    }

    /**
     * One concrete answer inside {@code r}, for showing a path a person could really take, written
     * as in an answers file: {@code yes}, {@code [a, b]} or {@code 42}.
     */
    String example(Region r) {
        if (r instanceof Region.Range range) {
            double v = Double.isFinite(range.low()) ? range.low()
                    : Double.isFinite(range.high()) ? Math.floor(range.high()) - 1 : 0;
            if (v < range.low() || v >= range.high()) {
                v = range.low();
            }
            return Numbers.format(v);
        }
        long picked;
        if (r instanceof Region.OneOf one) {
            picked = Long.lowestOneBit(one.possible());
        } else {
            Region.Picks p = (Region.Picks) r;
            picked = p.in() != 0 ? p.in() : Long.lowestOneBit(all & ~p.out() & ~exclusive);
            if (picked == 0) {
                picked = Long.lowestOneBit(all & ~p.out());
            }
        }
        List<String> ids = new ArrayList<>();
        for (long rest = picked; rest != 0; rest &= rest - 1) {
            ids.add(question.choices().get(Long.numberOfTrailingZeros(rest)).id());
        }
        return ids.size() == 1 ? ids.get(0) : "[" + String.join(", ", ids) + "]";
    }
}
