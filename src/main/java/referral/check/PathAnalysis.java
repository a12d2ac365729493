package referral.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import referral.engine.Answer;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.Diagnostic;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;

/**
 * Follows every path of a tree symbolically, from the start to the outcomes, and proves the
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
    /** Distinct (question, state) pairs explored before giving up; far above any hand-written tree. */
    static final int MAX_STATES = 2_000_000;

    /** One distinct way of arriving at a question. */
    private static final class Entry {
        final int question;
        final State state;
        final Edge via; // how it was first reached; null at the start
        List<Edge> edges = List.of();
        Map<Integer, List<Edge>> flagEdges = Map.of(); // by red-flag choice bit
        int least = Integer.MAX_VALUE; // least urgent outcome reachable, as an Urgency ordinal
        Edge leastEdge;

        Entry(int question, State state, Edge via) {
            this.question = question;
            this.state = state;
            this.via = via;
        }
    }

    /** A step from an entry through one branch: {@code piece} is the state once the branch matched. */
    private static final class Edge {
        final Entry from;
        final State piece;
        final Entry child; // null when the branch goes to an outcome
        final Outcome outcome;

        Edge(Entry from, State piece, Entry child, Outcome outcome) {
            this.from = from;
            this.piece = piece;
            this.child = child;
            this.outcome = outcome;
        }
    }

    private static final class TestFacts {
        boolean asked;
        Entry unaskedAt;
    }

    /** Thrown when the tree has more distinct path states than {@link #MAX_STATES}. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Tree tree;
    private final List<QuestionSpace> spaces = new ArrayList<>();
    private final Map<String, QuestionSpace> byId = new HashMap<>();
    private final ConditionSplitter splitter;
    private final BitSet[] relevant;
    private final List<Map<State, Entry>> entries = new ArrayList<>();
    private final int[] order;
    private final boolean[][] taken;
    private final long[] used;
    private final boolean[] tested;
    private final Map<Condition.OnQuestion, TestFacts> tests = new IdentityHashMap<>();
    private final Set<String> outcomesReached = new LinkedHashSet<>();
    private final List<Diagnostic> out = new ArrayList<>();
    private int states;

    private PathAnalysis(Tree tree) {
        this.tree = tree;
        for (Question q : tree.questions().values()) {
            QuestionSpace s = new QuestionSpace(spaces.size(), q);
            spaces.add(s);
            byId.put(q.id(), s);
            entries.add(new LinkedHashMap<>());
        }
        int n = spaces.size();
        this.splitter = new ConditionSplitter(byId);
        this.order = topologicalOrder();
        this.relevant = relevance();
        this.taken = new boolean[n][];
        for (int i = 0; i < n; i++) {
            taken[i] = new boolean[spaces.get(i).question.next().size()];
        }
        this.used = new long[n];
        this.tested = new boolean[n];
    }

    /**
     * Every finding of the path analysis. The tree must have passed the structural checks and
     * its start must be a question.
     */
    static List<Diagnostic> analyse(Tree tree) {
        for (Question q : tree.questions().values()) {
            if (q.choices().size() > QuestionSpace.MAX_CHOICES) {
                return List.of(Diagnostic.error("proof-too-large", q.position(), "question '" + q.id() + "' has "
                        + q.choices().size() + " choices; the safety proof handles at most " + QuestionSpace.MAX_CHOICES));
            }
        }
        PathAnalysis a = new PathAnalysis(tree);
        try {
            a.explore();
        } catch (TooLarge e) {
            return List.of(Diagnostic.error("proof-too-large", tree.startPosition(), "the safety proof gave up after "
                    + MAX_STATES + " distinct path states; split the tree or make later questions test fewer earlier answers"));
        }
        a.prove();
        a.reportBranches();
        a.reportTests();
        a.reportUnreachable();
        a.reportUnusedAnswers();
        a.reportRedFlagOrder();
        return a.out;
    }

    private int[] topologicalOrder() {
        int n = spaces.size();
        int[] incoming = new int[n];
        for (QuestionSpace s : spaces) {
            for (Branch b : s.question.next()) {
                QuestionSpace t = byId.get(b.target());
                if (t != null) {
                    incoming[t.index]++;
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
            for (Branch b : spaces.get(q).question.next()) {
                QuestionSpace t = byId.get(b.target());
                if (t != null && --incoming[t.index] == 0) {
                    ready.add(t.index);
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
            QuestionSpace s = spaces.get(order[k]);
            BitSet r = new BitSet();
            for (Branch b : s.question.next()) {
                if (b.when() != null) {
                    addTested(b.when(), r);
                }
                QuestionSpace t = byId.get(b.target());
                if (t != null) {
                    r.or(rel[t.index]);
                }
            }
            rel[s.index] = r;
        }
        return rel;
    }

    private void addTested(Condition c, BitSet into) {
        if (c instanceof Condition.OnQuestion on) {
            into.set(byId.get(on.question()).index);
        } else if (c instanceof Condition.Not not) {
            addTested(not.condition(), into);
        } else {
            List<Condition> parts = c instanceof Condition.All all ? all.conditions() : ((Condition.Any) c).conditions();
            parts.forEach(p -> addTested(p, into));
        }
    }

    private void explore() {
        QuestionSpace start = byId.get(tree.start());
        entries.get(start.index).put(State.EMPTY, new Entry(start.index, State.EMPTY, null));
        for (int q : order) {
            QuestionSpace space = spaces.get(q);
            List<Choice> choices = space.question.choices();
            for (Entry e : new ArrayList<>(entries.get(q).values())) {
                State asked = e.state.with(q, space.full());
                e.edges = follow(e, asked, observer(e));
                for (int c = 0; c < choices.size(); c++) {
                    if (choices.get(c).redFlag() == null) {
                        continue;
                    }
                    var picking = space.picking(space.full(), c);
                    if (picking.isPresent()) {
                        if (e.flagEdges.isEmpty()) {
                            e.flagEdges = new HashMap<>();
                        }
                        e.flagEdges.put(c, follow(e, e.state.with(q, picking.get()), null));
                    }
                }
            }
        }
    }

    /** The branches an entry's answers take; {@code observer} null for a side exploration that records no facts. */
    private List<Edge> follow(Entry e, State asked, ConditionSplitter.Observer observer) {
        List<Branch> next = spaces.get(e.question).question.next();
        ConditionSplitter.Observer watching = observer == null ? ConditionSplitter.QUIET : observer;
        List<Edge> edges = new ArrayList<>();
        List<State> open = List.of(asked);
        for (int i = 0; i < next.size() && !open.isEmpty(); i++) {
            Branch b = next.get(i);
            List<State> rest = new ArrayList<>();
            int before = edges.size();
            for (State s : open) {
                if (b.isUnconditional()) {
                    edges.add(edge(e, s, b));
                    continue;
                }
                for (ConditionSplitter.Piece p : splitter.split(b.when(), s, watching)) {
                    if (p.holds()) {
                        edges.add(edge(e, p.state(), b));
                    } else {
                        rest.add(p.state());
                    }
                }
            }
            if (observer != null && edges.size() > before) {
                taken[e.question][i] = true;
            }
            open = rest;
        }
        return edges;
    }

    private Edge edge(Entry from, State piece, Branch b) {
        QuestionSpace target = byId.get(b.target());
        if (target == null) {
            Outcome o = tree.outcomes().get(b.target());
            outcomesReached.add(o.id());
            return new Edge(from, piece, null, o);
        }
        State carried = piece.keep(relevant[target.index]);
        Map<State, Entry> at = entries.get(target.index);
        Entry child = at.get(carried);
        if (child == null) {
            if (++states > MAX_STATES) {
                throw new TooLarge();
            }
            // The first way a state is reached is the one example paths show.
            child = new Entry(target.index, carried, new Edge(from, piece, null, null));
            at.put(carried, child);
        }
        return new Edge(from, piece, child, null);
    }

    private ConditionSplitter.Observer observer(Entry e) {
        return new ConditionSplitter.Observer() {
            @Override
            public void unasked(Condition.OnQuestion test, State state) {
                TestFacts f = tests.computeIfAbsent(test, t -> new TestFacts());
                if (f.unaskedAt == null) {
                    f.unaskedAt = e;
                }
            }

            @Override
            public void tested(Condition.OnQuestion test, QuestionSpace space, Region region) {
                tests.computeIfAbsent(test, t -> new TestFacts()).asked = true;
                tested[space.index] = true;
                for (String c : QuestionSpace.named(test)) {
                    int bit = space.choiceBit(c);
                    if (space.mayPick(region, bit)) {
                        used[space.index] |= 1L << bit;
                    }
                }
            }
        };
    }

    /** The safety proof: from the outcomes back, the least urgent outcome each entry can reach. */
    private void prove() {
        Set<String> reported = new java.util.HashSet<>();
        for (int k = order.length - 1; k >= 0; k--) {
            QuestionSpace space = spaces.get(order[k]);
            for (Entry e : entries.get(space.index).values()) {
                for (Edge edge : e.edges) {
                    int u = urgency(edge);
                    if (u < e.least) {
                        e.least = u;
                        e.leastEdge = edge;
                    }
                }
                for (Map.Entry<Integer, List<Edge>> flagged : e.flagEdges.entrySet()) {
                    Choice choice = space.question.choices().get(flagged.getKey());
                    Edge worst = null;
                    for (Edge edge : flagged.getValue()) {
                        if (worst == null || urgency(edge) < urgency(worst)) {
                            worst = edge;
                        }
                    }
                    String key = space.id() + "\u0000" + choice.id();
                    if (worst != null && urgency(worst) < choice.redFlag().ordinal() && reported.add(key)) {
                        List<Edge> path = prefix(e);
                        path.add(worst);
                        for (Edge x = worst; x.child != null; x = x.child.leastEdge) {
                            path.add(x.child.leastEdge);
                        }
                        Outcome end = path.get(path.size() - 1).outcome;
                        out.add(Diagnostic.error("red-flag-unsafe", choice.position(), "red-flag choice '" + choice.id()
                                + "' of '" + space.id() + "' (" + choice.redFlag().id() + ") can end at '" + end.id()
                                + "' (" + end.urgency().id() + "), which is less urgent; path: " + describe(path)));
                    }
                }
            }
        }
    }

    private static int urgency(Edge edge) {
        return edge.outcome != null ? edge.outcome.urgency().ordinal() : edge.child.least;
    }

    /** The edges from the start to an entry, along the way it was first reached. */
    private static List<Edge> prefix(Entry e) {
        List<Edge> path = new ArrayList<>();
        for (Edge via = e.via; via != null; via = via.from.via) {
            path.add(via);
        }
        java.util.Collections.reverse(path);
        return path;
    }

    /** {@code q=answer -> ... -> outcome}, with answers that really take the path. */
    private String describe(List<Edge> path) {
        StringBuilder s = new StringBuilder();
        Map<String, Answer> answers = example(path);
        for (Edge edge : path) {
            String q = spaces.get(edge.from.question).id();
            s.append(q).append('=').append(answers.get(q).display()).append(" -> ");
        }
        Edge last = path.get(path.size() - 1);
        s.append(last.outcome != null ? last.outcome.id() : spaces.get(last.child.question).id());
        return s.toString();
    }

    /**
     * Concrete answers along a path. A question's region only narrows as later tests look at it,
     * so its last region on the path is the one every step agrees with.
     */
    private Map<String, Answer> example(List<Edge> path) {
        Map<Integer, Region> last = new HashMap<>();
        for (Edge edge : path) {
            for (int i = 0; i < edge.piece.size(); i++) {
                last.put(edge.piece.question(i), edge.piece.region(i));
            }
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Edge edge : path) {
            QuestionSpace q = spaces.get(edge.from.question);
            answers.put(q.id(), q.example(last.get(q.index)));
        }
        return answers;
    }

    /** Branches no answer takes: shadowed by earlier ones, or with a condition that can never hold. */
    private void reportBranches() {
        for (QuestionSpace space : spaces) {
            Map<State, Entry> at = entries.get(space.index);
            List<Branch> next = space.question.next();
            if (at.isEmpty()) {
                continue;
            }
            for (int i = 0; i < next.size(); i++) {
                Branch b = next.get(i);
                if (b.isUnconditional()) {
                    break; // later entries are the structural 'unreachable-branch'; the final one may be a formality
                }
                if (taken[space.index][i]) {
                    continue;
                }
                State holding = null;
                for (Entry e : at.values()) {
                    for (ConditionSplitter.Piece p : splitter.split(b.when(), e.state.with(space.index, space.full()),
                            ConditionSplitter.QUIET)) {
                        if (p.holds()) {
                            holding = p.state();
                            break;
                        }
                    }
                    if (holding != null) {
                        break;
                    }
                }
                if (holding == null && testsNeverAsked(b.when())) {
                    continue; // reported as 'never-asked' on the test itself
                }
                if (holding == null) {
                    out.add(Diagnostic.error("never-matches", b.position(), "this entry of 'next' of '" + space.id()
                            + "' never matches: no answers that reach it make its 'when' hold"));
                    continue;
                }
                Set<Integer> lines = new java.util.TreeSet<>();
                List<State> open = List.of(holding);
                for (int j = 0; j < i && !open.isEmpty(); j++) {
                    List<State> rest = new ArrayList<>();
                    for (State s : open) {
                        for (ConditionSplitter.Piece p : splitter.split(next.get(j).when(), s, ConditionSplitter.QUIET)) {
                            if (p.holds()) {
                                lines.add(next.get(j).position().line());
                            } else {
                                rest.add(p.state());
                            }
                        }
                    }
                    open = rest;
                }
                out.add(Diagnostic.error("shadowed", b.position(), "this entry of 'next' of '" + space.id()
                        + "' is never taken: whenever its 'when' holds, an earlier entry (line"
                        + (lines.size() == 1 ? " " : "s ") + join(lines) + ") matches first"));
            }
        }
    }

    private boolean testsNeverAsked(Condition c) {
        if (c instanceof Condition.OnQuestion on) {
            TestFacts f = tests.get(on);
            return f != null && !f.asked;
        }
        if (c instanceof Condition.Not not) {
            return testsNeverAsked(not.condition());
        }
        List<Condition> parts = c instanceof Condition.All all ? all.conditions() : ((Condition.Any) c).conditions();
        return parts.stream().anyMatch(this::testsNeverAsked);
    }

    private static String join(Set<Integer> lines) {
        StringBuilder s = new StringBuilder();
        for (int l : lines) {
            s.append(s.length() == 0 ? "" : ", ").append(l);
        }
        return s.toString();
    }

    /** Tests on questions that a path reaching them has not asked: the answer may not exist. */
    private void reportTests() {
        for (Map.Entry<Condition.OnQuestion, TestFacts> t : tests.entrySet()) {
            Condition.OnQuestion test = t.getKey();
            TestFacts f = t.getValue();
            if (f.unaskedAt == null) {
                continue;
            }
            String at = spaces.get(f.unaskedAt.question).id();
            if (!f.asked) {
                out.add(Diagnostic.error("never-asked", test.position(), "the test on '" + test.question() + "' in '"
                        + at + "' is always false: no path reaching it has asked '" + test.question() + "'"));
            } else {
                List<Edge> path = prefix(f.unaskedAt);
                out.add(Diagnostic.warning("maybe-unasked", test.position(), "the test on '" + test.question()
                        + "' in '" + at + "' can run before '" + test.question() + "' is asked (then it is false); path: "
                        + (path.isEmpty() ? at : describe(path))));
            }
        }
    }

    private void reportUnreachable() {
        for (QuestionSpace s : spaces) {
            if (entries.get(s.index).isEmpty()) {
                out.add(Diagnostic.warning("unreachable", s.question.position(), "question '" + s.id()
                        + "' is never asked: no answers lead to it"));
            }
        }
        for (Outcome o : tree.outcomes().values()) {
            if (!outcomesReached.contains(o.id())) {
                out.add(Diagnostic.warning("unreachable", o.position(), "outcome '" + o.id()
                        + "' is never reached: no answers lead to it"));
            }
        }
    }

    /** Answers that change nothing: a question no test looks at, a multi choice no test can see. */
    private void reportUnusedAnswers() {
        for (QuestionSpace s : spaces) {
            if (entries.get(s.index).isEmpty()) {
                continue;
            }
            if (!tested[s.index]) {
                out.add(Diagnostic.warning("ignored-question", s.question.position(), "the answer to '" + s.id()
                        + "' never changes where the walk goes: no test looks at it once it is asked"));
                continue;
            }
            if (s.question.type() != QuestionType.MULTI) {
                continue; // an untested choice of a one or yes-no question takes the final 'otherwise' entry
            }
            List<Choice> choices = s.question.choices();
            for (int c = 0; c < choices.size(); c++) {
                Choice choice = choices.get(c);
                if ((used[s.index] & (1L << c)) == 0 && !s.question.exclusive().contains(choice.id())) {
                    out.add(Diagnostic.warning("unused-choice", choice.position(), "choice '" + choice.id() + "' of '"
                            + s.id() + "' changes nothing: no test that can see it names it"));
                }
            }
        }
    }

    /** Red-flag questions first: warns where a path asks an ordinary question before a red-flag one. */
    private void reportRedFlagOrder() {
        String[] ordinaryBefore = new String[spaces.size()];
        for (int q : order) {
            QuestionSpace s = spaces.get(q);
            if (entries.get(q).isEmpty()) {
                continue;
            }
            if (s.question.hasRedFlag() && ordinaryBefore[q] != null) {
                out.add(Diagnostic.warning("red-flag-late", s.question.position(), "red-flag question '" + s.id()
                        + "' can be asked after '" + ordinaryBefore[q] + "', which has no red flag; ask red flags first"));
            }
            String carry = ordinaryBefore[q] != null ? ordinaryBefore[q] : s.question.hasRedFlag() ? null : s.id();
            if (carry == null) {
                continue;
            }
            List<Branch> next = s.question.next();
            for (int i = 0; i < next.size(); i++) {
                QuestionSpace t = byId.get(next.get(i).target());
                if (taken[q][i] && t != null && ordinaryBefore[t.index] == null) {
                    ordinaryBefore[t.index] = carry;
                }
            }
        }
    }

}
