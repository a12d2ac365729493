package referral.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.ConditionText;
import referral.rules.Outcome;
import referral.rules.QuestionType;
import referral.rules.Urgency;

/**
 * The findings that read a finished {@link PathAnalysis} exploration, one pass each: choices never
 * offered or hidden, branches no answer takes, tests on questions a path may not have asked,
 * unreachable questions and outcomes, answers that change nothing, red flags asked late.
 */
final class PathReports {
    private final PathAnalysis paths;
    private final List<Diagnostic> out = new ArrayList<>();

    PathReports(PathAnalysis paths) {
        this.paths = paths;
    }

    /** Every pass, in the order their findings are reported. */
    List<Diagnostic> all() {
        reportOffers();
        reportBranches();
        reportTests();
        reportUnreachable();
        reportUnusedAnswers();
        reportRedFlagOrder();
        return out;
    }

    /**
     * What the choices' conditions do on the paths: a choice never offered (its condition tests a
     * question no path has asked before it, or holds on no path), a red-flag choice hidden on some
     * path, and a question that offers no choice (or only an exclusive one) on some path.
     */
    private void reportOffers() {
        for (QuestionSpace space : paths.spaces) {
            if (paths.entries.get(space.index).isEmpty()) {
                continue; // reported as 'unreachable'
            }
            List<Choice> choices = space.question.choices();
            for (int c = 0; c < choices.size(); c++) {
                Choice choice = choices.get(c);
                Compiled condition = paths.offeredWhen[space.index][c];
                if (condition == null) {
                    continue;
                }
                List<Compiled.Test> unasked = new ArrayList<>();
                collectNeverAsked(condition, unasked);
                for (Compiled.Test t : unasked) {
                    out.add(Diagnostic.of(Code.CHOICE_NEVER_ASKED, t.source.position(), "the 'when' of choice '"
                            + choice.id() + "' of '" + space.id() + "' tests '" + t.source.question()
                            + "', which no path reaching '" + space.id() + "' has asked before it (always false)"));
                }
                if (unasked.isEmpty() && (paths.offeredSomewhere[space.index] & (1L << c)) == 0) {
                    out.add(Diagnostic.of(Code.NEVER_OFFERED, choice.when().position(), "choice '" + choice.id()
                            + "' of '" + space.id() + "' is never offered: no answers that reach '" + space.id()
                            + "' make its 'when' hold (" + words(choice) + ")"));
                } else if ((paths.offeredSomewhere[space.index] & (1L << c)) != 0 && choice.redFlag() != null) {
                    PathAnalysis.Where hidden = paths.redFlagHidden.get(space.index * QuestionSpace.MAX_CHOICES + c);
                    if (hidden != null) {
                        out.add(Diagnostic.of(Code.RED_FLAG_HIDDEN, choice.when().position(), "red-flag choice '"
                                + choice.id() + "' of '" + space.id() + "' (" + choice.redFlag().id()
                                + ") is not offered on every path that asks '" + space.id() + "', only when "
                                + words(choice) + "; make sure no one it is hidden from can have it; path: "
                                + paths.describe(paths.prefix(hidden.entry()), hidden.piece())));
                    }
                }
            }
            PathAnalysis.Where empty = paths.nothingOffered.get(space.index);
            if (empty != null) {
                boolean exclusiveLeft = space.question.type() == QuestionType.MULTI
                        && !space.question.exclusive().isEmpty();
                out.add(Diagnostic.of(Code.NO_CHOICE_OFFERED, space.question.position(), "on some paths '"
                        + space.id() + "' offers " + (exclusiveLeft ? "only its exclusive choice: the 'when' of every other"
                                : "no choice: the 'when' of every") + " choice is false; path: "
                        + paths.describe(paths.prefix(empty.entry()), empty.piece())));
            }
        }
    }

    private String words(Choice choice) {
        return ConditionText.words(choice.when(), paths.tree.questions());
    }

    /** The tests of a condition evaluated only where their question was never asked. */
    private static void collectNeverAsked(Compiled c, List<Compiled.Test> out) {
        if (c instanceof Compiled.Test t) {
            if (t.unaskedAt != null && !t.asked) {
                out.add(t);
            }
        } else if (c instanceof Compiled.Not not) {
            collectNeverAsked(not.part(), out);
        } else {
            for (Compiled part : c instanceof Compiled.All all ? all.parts() : ((Compiled.Any) c).parts()) {
                collectNeverAsked(part, out);
            }
        }
    }

    /** Branches no answer takes: shadowed by earlier ones, or with a condition that can never hold. */
    private void reportBranches() {
        for (QuestionSpace space : paths.spaces) {
            Map<State, PathAnalysis.Entry> at = paths.entries.get(space.index);
            List<Branch> next = space.question.next();
            if (at.isEmpty()) {
                continue;
            }
            for (int i = 0; i < next.size(); i++) {
                Branch b = next.get(i);
                if (b.isUnconditional()) {
                    break; // later entries are the structural 'unreachable-branch'; the final one may be a formality
                }
                if (paths.taken[space.index][i]) {
                    continue;
                }
                List<State> holding = new ArrayList<>();
                for (PathAnalysis.Entry e : at.values()) {
                    for (State answered : paths.answered(e, -1)) {
                        for (ConditionSplitter.Piece p : ConditionSplitter.split(paths.when[space.index][i], answered,
                                ConditionSplitter.QUIET)) {
                            if (p.holds()) {
                                holding.add(p.state());
                            }
                        }
                    }
                }
                if (holding.isEmpty() && testsNeverAsked(paths.when[space.index][i])) {
                    continue; // reported as 'never-asked' on the test itself
                }
                if (holding.isEmpty()) {
                    out.add(Diagnostic.of(Code.NEVER_MATCHES, b.position(), "this entry of 'next' of '" + space.id()
                            + "' never matches: no answers that reach it make its 'when' hold"));
                    continue;
                }
                Set<Integer> lines = new TreeSet<>();
                List<State> open = holding;
                for (int j = 0; j < i && !open.isEmpty(); j++) {
                    List<State> rest = new ArrayList<>();
                    for (State st : open) {
                        for (ConditionSplitter.Piece p : ConditionSplitter.split(paths.when[space.index][j], st,
                                ConditionSplitter.QUIET)) {
                            if (p.holds()) {
                                lines.add(next.get(j).position().line());
                            } else {
                                rest.add(p.state());
                            }
                        }
                    }
                    open = rest;
                }
                out.add(Diagnostic.of(Code.SHADOWED, b.position(), "this entry of 'next' of '" + space.id()
                        + "' is never taken: whenever its 'when' holds, an earlier entry (line"
                        + (lines.size() == 1 ? " " : "s ") + join(lines) + ") matches first"));
            }
        }
    }

    private static boolean testsNeverAsked(Compiled c) {
        if (c instanceof Compiled.Test t) {
            return t.unaskedAt != null && !t.asked;
        }
        if (c instanceof Compiled.Not not) {
            return testsNeverAsked(not.part());
        }
        for (Compiled part : c instanceof Compiled.All all ? all.parts() : ((Compiled.Any) c).parts()) {
            if (testsNeverAsked(part)) {
                return true;
            }
        }
        return false;
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
        Set<String> skipsReported = new HashSet<>(); // one warning per entry of 'next' taken wrongly
        for (Compiled.Test test : paths.tests) {
            if (test.unaskedAt == null || paths.choiceTests.contains(test)) {
                continue; // a choice's test on a question the path skipped just hides it (see reportOffers)
            }
            PathAnalysis.Entry e = (PathAnalysis.Entry) test.unaskedAt;
            String q = test.source.question();
            String at = paths.spaces.get(e.question).id();
            if (!test.asked) {
                out.add(Diagnostic.of(Code.NEVER_ASKED, test.source.position(), "the test on '" + q + "' in '"
                        + at + "' is always false: no path reaching it has asked '" + q + "'"));
            } else {
                unlikeAnyAnswer(test).filter(skip -> skipsReported.add(skip.entry().question + ":" + skip.branch()))
                        .ifPresent(skip -> {
                    List<PathAnalysis.Step> path = paths.prefix(skip.entry());
                    Branch b = paths.spaces.get(skip.entry().question).question.next().get(skip.branch());
                    out.add(Diagnostic.of(Code.MAYBE_UNASKED, test.source.position(), "the test on '" + q + "' in '"
                            + at + "' can run before '" + q + "' is asked; the walk then takes the entry at line "
                            + b.position().line() + " (goto " + b.target() + "), which no answer to '" + q
                            + "' would take; path: " + (path.isEmpty() ? at : paths.describe(path))));
                });
            }
        }
    }

    /** A path that skips a question and so takes a branch no answer to that question would take. */
    private record Skip(PathAnalysis.Entry entry, int branch) {}

    /**
     * A test on a question the path skipped is false, which is usually what the author meant: the
     * walk goes where some answer to that question would also take it (the unasked 'pregnant' of a
     * person over 55 counts as 'no'). It is a mistake when the walk goes where no answer would:
     * that is the case reported, with the first such path.
     */
    private Optional<Skip> unlikeAnyAnswer(Compiled.Test test) {
        int n = ((PathAnalysis.Entry) test.unaskedAt).question;
        QuestionSpace skipped = test.space;
        for (PathAnalysis.Entry e : paths.entries.get(n).values()) {
            if (e.state.get(skipped.index) != null) {
                continue;
            }
            for (State answered : paths.answered(e, -1)) {
                for (PathAnalysis.Match m : paths.follow(n, answered, ConditionSplitter.QUIET)) {
                    State asked = m.piece().with(skipped.index, skipped.full());
                    if (paths.follow(n, asked, ConditionSplitter.QUIET).stream().noneMatch(r -> r.branch() == m.branch())) {
                        return Optional.of(new Skip(e, m.branch()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void reportUnreachable() {
        for (QuestionSpace s : paths.spaces) {
            if (paths.entries.get(s.index).isEmpty()) {
                out.add(Diagnostic.of(Code.UNREACHABLE, s.question.position(), "question '" + s.id()
                        + "' is never asked: no answers lead to it"));
            }
        }
        for (Outcome o : paths.tree.outcomes().values()) {
            if (!paths.outcomesReached.contains(o.id())) {
                out.add(Diagnostic.of(Code.UNREACHABLE, o.position(), "outcome '" + o.id()
                        + "' is never reached: no answers lead to it"));
            }
        }
    }

    /** Answers that change nothing: a question no test looks at, a multi choice no test can see. */
    private void reportUnusedAnswers() {
        for (QuestionSpace s : paths.spaces) {
            if (paths.entries.get(s.index).isEmpty()) {
                continue;
            }
            if (!paths.tested[s.index]) {
                out.add(Diagnostic.of(Code.IGNORED_QUESTION, s.question.position(), "the answer to '" + s.id()
                        + "' never changes where the walk goes: no test looks at it once it is asked"));
                continue;
            }
            if (s.question.type() != QuestionType.MULTI) {
                continue; // an untested choice of a one or yes-no question takes the final 'otherwise' entry
            }
            List<Choice> choices = s.question.choices();
            for (int c = 0; c < choices.size(); c++) {
                Choice choice = choices.get(c);
                if ((paths.used[s.index] & (1L << c)) == 0 && !s.question.exclusive().contains(choice.id())) {
                    out.add(Diagnostic.of(Code.UNUSED_CHOICE, choice.position(), "choice '" + choice.id() + "' of '"
                            + s.id() + "' changes nothing: no test that can see it names it"));
                }
            }
        }
    }

    /**
     * Whether a question's answer chooses between different next questions or outcomes: such a
     * question (age choosing the children's red flags, where it hurts choosing the back's) may come
     * before red flags, since the red flags that apply depend on it.
     */
    private boolean routes(int q) {
        Object first = null;
        for (int i = 0; i < paths.taken[q].length; i++) {
            if (paths.taken[q][i]) {
                if (first != null && first != paths.target[q][i]) {
                    return paths.tested[q];
                }
                first = paths.target[q][i];
            }
        }
        return false;
    }

    /**
     * Emergency red flags first: warns where a path asks an ordinary question (no red flag, and
     * an answer that does not choose the way on) before a question with an emergency red flag.
     * Urgent and soon red flags belong to their topic (the back's warning signs are asked once the
     * person said it is the back), so they may come later.
     */
    private void reportRedFlagOrder() {
        String[] ordinaryBefore = new String[paths.spaces.size()];
        for (int q : paths.order) {
            QuestionSpace s = paths.spaces.get(q);
            if (paths.entries.get(q).isEmpty()) {
                continue;
            }
            boolean emergency = s.question.choices().stream().anyMatch(c -> c.redFlag() == Urgency.EMERGENCY);
            if (emergency && ordinaryBefore[q] != null) {
                out.add(Diagnostic.of(Code.RED_FLAG_LATE, s.question.position(), "question '" + s.id()
                        + "' asks emergency red flags but can come after '" + ordinaryBefore[q]
                        + "', which asks none and does not choose the way; ask emergency red flags first"));
            }
            String carry = ordinaryBefore[q] != null ? ordinaryBefore[q]
                    : s.question.hasRedFlag() || routes(q) || paths.decidesOffers[q] ? null : s.id();
            if (carry == null) {
                continue;
            }
            List<Branch> next = s.question.next();
            for (int i = 0; i < next.size(); i++) {
                QuestionSpace t = paths.byId.get(next.get(i).target());
                if (paths.taken[q][i] && t != null && ordinaryBefore[t.index] == null) {
                    ordinaryBefore[t.index] = carry;
                }
            }
        }
    }
}
