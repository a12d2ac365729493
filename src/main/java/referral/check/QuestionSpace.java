package referral.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import referral.engine.Answer;
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

    /** The parts of a region where a test holds ({@code yes}) and where it does not ({@code no}); each feasible. */
    record Split(List<Region> yes, List<Region> no) {}

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

    /** Whether {@code choice} may still be among the answers in {@code r}. */
    boolean mayPick(Region r, int choice) {
        long b = 1L << choice;
        if (r instanceof Region.OneOf one) {
            return (one.possible() & b) != 0;
        }
        if (r instanceof Region.Picks p) {
            return (p.out() & b) == 0 && picking(r, choice).isPresent();
        }
        return false;
    }

    Split split(Region r, Condition.OnQuestion test) {
        List<Region> yes = new ArrayList<>();
        List<Region> no = new ArrayList<>();
        if (r instanceof Region.Range range) {
            double limit = test instanceof Condition.Below b ? b.limit() : ((Condition.AtLeast) test).limit();
            Region below = new Region.Range(range.low(), Math.min(range.high(), limit));
            Region atLeast = new Region.Range(Math.max(range.low(), limit), range.high());
            add(test instanceof Condition.Below ? yes : no, below);
            add(test instanceof Condition.Below ? no : yes, atLeast);
        } else if (r instanceof Region.OneOf one) {
            long named = mask(test);
            if (test instanceof Condition.AllOf && Long.bitCount(named) > 1) {
                named = 0; // a single answer never holds two choices
            }
            add(yes, new Region.OneOf(one.possible() & named));
            add(no, new Region.OneOf(one.possible() & ~named));
        } else {
            splitPicks((Region.Picks) r, test, yes, no);
        }
        return new Split(yes, no);
    }

    /** Cuts a multi region into disjoint parts, one per first deciding choice, so that no part is lost. */
    private void splitPicks(Region.Picks p, Condition.OnQuestion test, List<Region> yes, List<Region> no) {
        long named = mask(test);
        if (test instanceof Condition.AllOf) {
            if ((p.out() & named) != 0) {
                add(no, p);
                return;
            }
            add(yes, new Region.Picks(p.in() | named, p.out()));
            long in = p.in();
            for (long rest = named & ~p.in(); rest != 0; rest &= rest - 1) {
                long b = Long.lowestOneBit(rest);
                add(no, new Region.Picks(in, p.out() | b));
                in |= b;
            }
            return;
        }
        if ((p.in() & named) != 0) {
            add(yes, p);
            return;
        }
        long out = p.out();
        for (long rest = named & ~p.out(); rest != 0; rest &= rest - 1) {
            long b = Long.lowestOneBit(rest);
            add(yes, new Region.Picks(p.in() | b, out));
            out |= b;
        }
        add(no, new Region.Picks(p.in(), out));
    }

    private void add(List<Region> to, Region r) {
        if (feasible(r)) {
            to.add(r);
        }
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

    /** One concrete answer inside {@code r}, for showing a path a person could really take. */
    Answer example(Region r) {
        if (r instanceof Region.Range range) {
            double v = Double.isFinite(range.low()) ? range.low()
                    : Double.isFinite(range.high()) ? Math.floor(range.high()) - 1 : 0;
            if (v < range.low() || v >= range.high()) {
                v = range.low();
            }
            return new Answer.Number(v);
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
        return new Answer.Chosen(new java.util.LinkedHashSet<>(ids));
    }

    /** The region in words, e.g. {@code below 18}, for messages. */
    String describe(Region r) {
        if (r instanceof Region.Range range) {
            return Numbers.format(range.low()) + ".." + Numbers.format(range.high());
        }
        return example(r).display();
    }
}
