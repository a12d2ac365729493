package referral.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.Tree;
import referral.rules.Urgency;

/**
 * Follows every path of a tree symbolically (the exploration), and proves on it the safety rule
 * ({@link PathReports} reads the finished exploration for the other findings). It follows every path of a tree symbolically, from the start to the outcomes, and proves the
 * safety rule on all of them: a path that takes a red-flag choice ends at an outcome at least
 * that urgent.
 *
 * <p>A path is described by the region each answered question's answer lies in (see {@link Region}).
 * Paths that reach the same question with the same regions for the questions later tests look at
 * behave the same from there on, so they are explored once ({@link Entry}): the work grows with
 * the number of distinct such states, not with the number of paths, which is exponential in a DAG.
 * Infeasible paths (answers no person can give, e.g. {@code age < 18} then {@code age >= 50}) are
 * never built. The tree must be free of structural errors (known gotos, no cycle, no fall-through,
 * known questions and choices in conditions).
 */
final class PathAnalysis {
    /**
     * The work the proof may do before it gives up: a unit for each region a new path state holds
     * (what memory it keeps) and for each piece of a state an answer makes (what time it takes).
     * A generated tree of 10 000 questions (more than a rules file may hold) takes about 470 000;
     * the budget keeps a tree built to blow the proof up (21 yes-no questions whose last one tests
     * each earlier one) to about a second and 100 MB (the figures: bench/README.md, "Timings behind the code").
     */
    static final long MAX_WORK = 1_500_000;

    /** One distinct way of arriving at a question. */
    static final class Entry {
        final int question;
        final State state;
        final Entry parent; // how it was first reached: from this entry through branch parentBranch; null at the start
        final int parentBranch;
        final int parentFlag; // the red-flag choice bit the parent was following, or -1
        Object[] targets; // an Entry or an Outcome per matching piece
        Map<Integer, Object[]> flagTargets = Map.of(); // the same, with the answer picking a red-flag choice
        int least = Integer.MAX_VALUE; // least urgent outcome reachable, as an Urgency ordinal
        int leastTarget;
        List<Offer> offers; // the state cut by the choices offered at this question (one piece for most questions)

        Entry(int question, State state, Entry parent, int parentBranch, int parentFlag) {
            this.question = question;
            this.state = state;
            this.parent = parent;
            this.parentBranch = parentBranch;
            this.parentFlag = parentFlag;
        }
    }

    /** A branch matched on a piece of an entry's state. */
    record Match(int branch, State piece) {}

    /** A piece of an entry's state on which the same choices (as bits) are offered at its question. */
    record Offer(State piece, long offered) {}

    /** A piece of an entry's state that a finding about offered choices names (its example path). */
    record Where(Entry entry, State piece) {}

    /** Thrown when the proof would do more than {@link #MAX_WORK}. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    final Tree tree;
    final List<QuestionSpace> spaces = new ArrayList<>();
    final Map<String, QuestionSpace> byId = new HashMap<>();
    final Compiled[][] when; // per question, per branch; null for an entry without 'when'
    final Compiled[][] offeredWhen; // per question, per choice; null for a choice always offered
    final Set<Compiled.Test> choiceTests = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final Object[][] target; // per question, per branch: a QuestionSpace or an Outcome
    final List<Compiled.Test> tests = new ArrayList<>();
    private final BitSet[] relevant;
    private final List<List<Region>> atoms = new ArrayList<>();
    final List<Map<State, Entry>> entries = new ArrayList<>();
    final int[] order;
    final boolean[][] taken;
    final long[] used;
    final boolean[] tested;
    final boolean[] decidesOffers; // a choice's 'when' looked at the answer to this question
    final long[] offeredSomewhere; // per question, the choices offered on some path
    final Map<Integer, Where> redFlagHidden = new LinkedHashMap<>(); // per question and choice (q * 64 + c)
    final Map<Integer, Where> nothingOffered = new LinkedHashMap<>(); // per question
    final Set<String> outcomesReached = new HashSet<>();
    private final List<Diagnostic> out = new ArrayList<>();
    private int states;
    private long work;
    private Entry current; // the entry whose branches are being followed, for the observer

    private PathAnalysis(Tree tree) {
        this.tree = tree;
        for (Question q : tree.questions().values()) {
            QuestionSpace s = new QuestionSpace(spaces.size(), q);
            spaces.add(s);
            byId.put(q.id(), s);
            entries.add(new HashMap<>());
        }
        int n = spaces.size();
        this.when = new Compiled[n][];
        this.offeredWhen = new Compiled[n][];
        this.target = new Object[n][];
        this.taken = new boolean[n][];
        for (QuestionSpace s : spaces) {
            List<Branch> next = s.question.next();
            when[s.index] = new Compiled[next.size()];
            target[s.index] = new Object[next.size()];
            taken[s.index] = new boolean[next.size()];
            for (int i = 0; i < next.size(); i++) {
                Branch b = next.get(i);
                when[s.index][i] = b.when() == null ? null : Compiled.of(b.when(), byId, tests);
                QuestionSpace t = byId.get(b.target());
                target[s.index][i] = t != null ? t : tree.outcomes().get(b.target());
            }
            List<Choice> choices = s.question.choices();
            offeredWhen[s.index] = new Compiled[choices.size()];
            for (int c = 0; c < choices.size(); c++) {
                if (choices.get(c).when() != null) {
                    List<Compiled.Test> own = new ArrayList<>();
                    offeredWhen[s.index][c] = Compiled.of(choices.get(c).when(), byId, own);
                    tests.addAll(own);
                    choiceTests.addAll(own);
                }
            }
        }
        Map<Integer, List<Compiled.Test>> testsOn = new HashMap<>();
        tests.forEach(t -> testsOn.computeIfAbsent(t.space.index, k -> new ArrayList<>()).add(t));
        for (QuestionSpace s : spaces) {
            atoms.add(s.atoms(testsOn.getOrDefault(s.index, List.of())));
        }
        this.order = topologicalOrder();
        this.relevant = relevance();
        this.used = new long[n];
        this.tested = new boolean[n];
        this.decidesOffers = new boolean[n];
        this.offeredSomewhere = new long[n];
    }

    /**
     * Every finding of the path analysis. The tree must have passed the structural checks and
     * its start must be a question.
     */
    static List<Diagnostic> analyse(Tree tree) {
        for (Question q : tree.questions().values()) {
            if (q.choices().size() > QuestionSpace.MAX_CHOICES) {
                return List.of(Diagnostic.of(Code.PROOF_TOO_LARGE, q.position(), "question '" + q.id() + "' has "
                        + q.choices().size() + " choices; the safety proof handles at most " + QuestionSpace.MAX_CHOICES));
            }
        }
        PathAnalysis a = new PathAnalysis(tree);
        try {
            a.explore();
        } catch (TooLarge e) {
            return List.of(Diagnostic.of(Code.PROOF_TOO_LARGE, tree.startPosition(), "the safety proof gave up after "
                    + a.states + " distinct path states (its budget is " + MAX_WORK + " units of work); split the tree"
                    + " or make later questions test fewer earlier answers"));
        }
        a.prove();
        List<Diagnostic> all = new ArrayList<>(a.out);
        all.addAll(new PathReports(a).all());
        return all;
    }

    private int[] topologicalOrder() {
        int n = spaces.size();
        int[] incoming = new int[n];
        for (Object[] targets : target) {
            for (Object t : targets) {
                if (t instanceof QuestionSpace q) {
                    incoming[q.index]++;
                }
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (incoming[i] == 0) {
                ready.add(i);
            }
        }
        int[] result = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int q = ready.poll();
            result[k++] = q;
            for (Object t : target[q]) {
                if (t instanceof QuestionSpace s && --incoming[s.index] == 0) {
                    ready.add(s.index);
                }
            }
        }
        if (k != n) {
            throw new IllegalStateException("the tree has a cycle; the structural checks should have stopped it");
        }
        return result;
    }

    /** For each question, the questions that its tests or any later test look at. */
    private BitSet[] relevance() {
        BitSet[] rel = new BitSet[spaces.size()];
        for (int k = order.length - 1; k >= 0; k--) {
            int q = order[k];
            BitSet r = new BitSet();
            for (Compiled offer : offeredWhen[q]) {
                if (offer != null) {
                    addTested(offer, r);
                }
            }
            for (int i = 0; i < when[q].length; i++) {
                if (when[q][i] != null) {
                    addTested(when[q][i], r);
                }
                if (target[q][i] instanceof QuestionSpace t) {
                    r.or(rel[t.index]);
                }
            }
            rel[q] = r;
        }
        return rel;
    }

    private static void addTested(Compiled c, BitSet into) {
        if (c instanceof Compiled.Test t) {
            into.set(t.space.index);
        } else if (c instanceof Compiled.Not not) {
            addTested(not.part(), into);
        } else {
            for (Compiled part : c instanceof Compiled.All all ? all.parts() : ((Compiled.Any) c).parts()) {
                addTested(part, into);
            }
        }
    }

    private void explore() {
        QuestionSpace start = byId.get(tree.start());
        entries.get(start.index).put(State.EMPTY, new Entry(start.index, State.EMPTY, null, -1, -1));
        ConditionSplitter.Observer observer = observer();
        for (int q : order) {
            QuestionSpace space = spaces.get(q);
            List<Choice> choices = space.question.choices();
            for (Entry e : new ArrayList<>(entries.get(q).values())) {
                current = e;
                e.offers = offers(e, observer);
                e.targets = targets(e, matches(e, -1, observer), -1);
                for (int c = 0; c < choices.size(); c++) {
                    if (choices.get(c).redFlag() != null && space.picking(space.full(), c).isPresent()) {
                        if (e.flagTargets.isEmpty()) {
                            e.flagTargets = new HashMap<>();
                        }
                        e.flagTargets.put(c, targets(e, matches(e, c, ConditionSplitter.QUIET), c));
                    }
                }
            }
        }
    }

    /**
     * The entry's states once its question is answered: one per atom of the answer, or
     * (flag >= 0) the one where the answer picks that red-flag choice.
     */
    List<State> answered(Entry e, int flag) {
        QuestionSpace space = spaces.get(e.question);
        List<Region> parts = atoms.get(e.question);
        List<State> states = new ArrayList<>(parts.size());
        for (Offer o : e.offers) {
            // Only the choices offered on this piece can be the answer.
            if (flag >= 0) {
                if ((o.offered() & (1L << flag)) != 0) {
                    space.picking(space.offering(space.full(), o.offered()), flag)
                            .ifPresent(r -> states.add(o.piece().with(e.question, r)));
                }
                continue;
            }
            for (Region atom : parts) {
                Region r = space.offering(atom, o.offered());
                if (space.feasible(r)) {
                    spend(1);
                    states.add(o.piece().with(e.question, r));
                }
            }
        }
        return states;
    }

    /**
     * The entry's state cut into pieces by the {@code when} of its question's choices, each piece
     * with the choices offered there. Also notes what the choices' conditions reveal: a red-flag
     * choice hidden, a piece where nothing (or only an exclusive choice) is offered.
     */
    private List<Offer> offers(Entry e, ConditionSplitter.Observer observer) {
        QuestionSpace space = spaces.get(e.question);
        Compiled[] conditions = offeredWhen[e.question];
        List<Offer> open = List.of(new Offer(e.state, space.allChoices()));
        if (!space.question.hasConditionalChoices()) {
            return open;
        }
        ConditionSplitter.Observer noting = new ConditionSplitter.Observer() {
            @Override
            public void unasked(Compiled.Test test) {
                observer.unasked(test);
            }

            @Override
            public void tested(Compiled.Test test, Region region) {
                observer.tested(test, region);
                decidesOffers[test.space.index] = true;
            }
        };
        for (int c = 0; c < conditions.length; c++) {
            if (conditions[c] == null) {
                continue;
            }
            List<Offer> next = new ArrayList<>(open.size() + 1);
            for (Offer o : open) {
                for (ConditionSplitter.Piece p : ConditionSplitter.split(conditions[c], o.piece(), noting)) {
                    next.add(new Offer(p.state(), p.holds() ? o.offered() : o.offered() & ~(1L << c)));
                }
            }
            open = next;
        }
        List<Choice> choices = space.question.choices();
        for (Offer o : open) {
            offeredSomewhere[e.question] |= o.offered();
            if (!space.answerable(o.offered())) {
                nothingOffered.putIfAbsent(e.question, new Where(e, o.piece()));
            }
            for (int c = 0; c < choices.size(); c++) {
                if (choices.get(c).redFlag() != null && (o.offered() & (1L << c)) == 0) {
                    redFlagHidden.putIfAbsent(e.question * QuestionSpace.MAX_CHOICES + c, new Where(e, o.piece()));
                }
            }
        }
        return open;
    }

    /** Every branch match of an entry, in a fixed order (targets are indexed by it). */
    List<Match> matches(Entry e, int flag, ConditionSplitter.Observer observer) {
        List<Match> all = new ArrayList<>();
        for (State s : answered(e, flag)) {
            all.addAll(follow(e.question, s, observer));
        }
        return all;
    }

    /** The branches the answers in {@code asked} take, piece by piece, in order. */
    List<Match> follow(int q, State asked, ConditionSplitter.Observer observer) {
        Compiled[] conditions = when[q];
        List<Match> matches = new ArrayList<>(4);
        List<State> open = List.of(asked);
        for (int i = 0; i < conditions.length && !open.isEmpty(); i++) {
            if (conditions[i] == null) {
                for (State s : open) {
                    matches.add(new Match(i, s));
                }
                open = List.of();
            } else {
                List<State> rest = new ArrayList<>(2);
                for (State s : open) {
                    for (ConditionSplitter.Piece p : ConditionSplitter.split(conditions[i], s, observer)) {
                        if (p.holds()) {
                            matches.add(new Match(i, p.state()));
                        } else {
                            rest.add(p.state());
                        }
                    }
                }
                open = rest;
            }
        }
        return matches;
    }

    private Object[] targets(Entry from, List<Match> matches, int flag) {
        Object[] result = new Object[matches.size()];
        for (int k = 0; k < result.length; k++) {
            Match m = matches.get(k);
            Object t = target[from.question][m.branch()];
            if (flag < 0) {
                taken[from.question][m.branch()] = true;
            }
            if (t instanceof Outcome o) {
                outcomesReached.add(o.id());
                result[k] = o;
                continue;
            }
            QuestionSpace space = (QuestionSpace) t;
            State carried = m.piece().keep(relevant[space.index]);
            Map<State, Entry> at = entries.get(space.index);
            Entry child = at.get(carried);
            if (child == null) {
                states++;
                spend(carried.size() + 1);
                // The first way a state is reached is the one example paths show.
                child = new Entry(space.index, carried, from, m.branch(), flag);
                at.put(carried, child);
            }
            result[k] = child;
        }
        return result;
    }

    /** Counts work done, and gives up when it passes the budget. */
    private void spend(int units) {
        work += units;
        if (work > MAX_WORK) {
            throw new TooLarge();
        }
    }

    private ConditionSplitter.Observer observer() {
        return new ConditionSplitter.Observer() {
            @Override
            public void unasked(Compiled.Test test) {
                if (test.unaskedAt == null) {
                    test.unaskedAt = current;
                }
            }

            @Override
            public void tested(Compiled.Test test, Region region) {
                test.asked = true;
                tested[test.space.index] = true;
                used[test.space.index] |= test.mask & test.space.possible(region);
            }
        };
    }

    /** The safety proof: from the outcomes back, the least urgent outcome each entry can reach. */
    private void prove() {
        Set<String> reported = new HashSet<>();
        for (int k = order.length - 1; k >= 0; k--) {
            QuestionSpace space = spaces.get(order[k]);
            for (Entry e : entries.get(space.index).values()) {
                for (int t = 0; t < e.targets.length; t++) {
                    int u = urgency(e.targets[t]);
                    if (u < e.least) {
                        e.least = u;
                        e.leastTarget = t;
                    }
                }
                for (Map.Entry<Integer, Object[]> flagged : e.flagTargets.entrySet()) {
                    Choice choice = space.question.choices().get(flagged.getKey());
                    Object[] targets = flagged.getValue();
                    int worst = -1;
                    for (int t = 0; t < targets.length; t++) {
                        if (worst < 0 || urgency(targets[t]) < urgency(targets[worst])) {
                            worst = t;
                        }
                    }
                    if (worst >= 0 && urgency(targets[worst]) < choice.redFlag().ordinal()
                            && reported.add(space.id() + "\u0000" + choice.id())) {
                        List<Step> path = prefix(e);
                        path.add(new Step(e, flagged.getKey(), worst));
                        for (Object x = targets[worst]; x instanceof Entry next; x = next.targets[next.leastTarget]) {
                            path.add(new Step(next, -1, next.leastTarget));
                        }
                        Outcome end = (Outcome) path.get(path.size() - 1).target();
                        out.add(Diagnostic.of(Code.RED_FLAG_UNSAFE, choice.position(), "red-flag choice '" + choice.id()
                                + "' of '" + space.id() + "' (" + choice.redFlag().id() + ") can end at '" + end.id()
                                + "' (" + end.urgency().id() + "), which is less urgent; path: " + describe(path)));
                    }
                }
            }
        }
    }

    private static int urgency(Object target) {
        return target instanceof Outcome o ? o.urgency().ordinal() : ((Entry) target).least;
    }

    /** One step of an example path: from an entry (answering with a red-flag choice when flag >= 0) to its target. */
    record Step(Entry from, int flag, int targetIndex) {
        Object target() {
            Object[] targets = flag < 0 ? from.targets : from.flagTargets.get(flag);
            return targets[targetIndex];
        }
    }

    /** The steps from the start to an entry, along the way it was first reached. */
    List<Step> prefix(Entry e) {
        List<Step> path = new ArrayList<>();
        for (Entry child = e; child.parent != null; child = child.parent) {
            Entry p = child.parent;
            Object[] targets = child.parentFlag < 0 ? p.targets : p.flagTargets.get(child.parentFlag);
            int index = Arrays.asList(targets).indexOf(child);
            path.add(new Step(p, child.parentFlag, index));
        }
        Collections.reverse(path);
        return path;
    }

    /** {@code q=answer -> ... -> outcome}, with answers that really take the path. */
    String describe(List<Step> path) {
        return describe(path, null);
    }

    /**
     * The path to a question, with answers that also fall in {@code narrowing} (a piece of the
     * state at its end, or null), ending at the question: {@code q=answer -> ... -> question}.
     */
    String describe(List<Step> path, State narrowing) {
        if (path.isEmpty()) {
            return "(the first question)";
        }
        StringBuilder s = new StringBuilder();
        Map<String, String> answers = example(path, narrowing);
        for (Step step : path) {
            String q = spaces.get(step.from().question).id();
            s.append(q).append('=').append(answers.get(q)).append(" -> ");
        }
        Object last = path.get(path.size() - 1).target();
        s.append(last instanceof Outcome o ? o.id() : spaces.get(((Entry) last).question).id());
        return s.toString();
    }

    /**
     * Concrete answers along a path. The pieces are recomputed step by step (entries keep no
     * pieces, to stay small); a question's region only narrows as later tests look at it, so its
     * last region on the path is one every step agrees with.
     */
    private Map<String, String> example(List<Step> path, State narrowing) {
        Map<Integer, Region> last = new HashMap<>();
        List<State> pieces = new ArrayList<>();
        for (Step step : path) {
            pieces.add(piece(step));
        }
        if (narrowing != null) {
            pieces.add(narrowing);
        }
        for (State piece : pieces) {
            for (int i = 0; i < piece.size(); i++) {
                last.put(piece.question(i), piece.region(i));
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Step step : path) {
            QuestionSpace q = spaces.get(step.from().question);
            answers.put(q.id(), q.example(last.get(q.index)));
        }
        return answers;
    }

    State piece(Step step) {
        return matches(step.from(), step.flag(), ConditionSplitter.QUIET).get(step.targetIndex()).piece();
    }
}
