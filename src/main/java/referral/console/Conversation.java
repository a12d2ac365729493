package referral.console;

import java.util.List;
import referral.engine.Progress;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.diagnostics.BadInput;
import referral.lang.Words;
import referral.report.Recommendation;
import referral.rules.Question;

/**
 * The interactive session's flow, the same for every Ui: ask until the answers reach an
 * outcome, show the result at once, then let the person change answers, read it again or save.
 * The answers are saved (when asked for) after every change.
 *
 * <p>No review of the answers comes before a result. In an emergency every screen between the
 * last answer and the advice is a delay; and for the other results, a review the person must
 * pass first costs a screen and a key every time while it rarely changes anything, and the
 * same review offered after the result lets the person check the answers with the result in
 * view. One flow for every urgency, so nobody meets a screen they have not seen before.
 */
public final class Conversation {
    private final Session session;
    private final Ui ui;
    private final AnswersFile saveTo;
    private final boolean offerToSave;
    private final Words words;

    /**
     * {@code saveTo} (nullable) is the {@code --save-answers} file, rewritten after every change;
     * {@code offerToSave}: whether saving is offered after the result.
     */
    Conversation(Session session, Ui ui, AnswersFile saveTo, boolean offerToSave) {
        this(session, ui, saveTo, offerToSave, Words.ENGLISH);
    }

    /** {@code words}: the language of the session; the session's tree is given in it ({@link Words#tree}). */
    Conversation(Session session, Ui ui, AnswersFile saveTo, boolean offerToSave, Words words) {
        this.session = session;
        this.ui = ui;
        this.saveTo = saveTo;
        this.offerToSave = offerToSave;
        this.words = words;
    }

    /** Runs the session to its result; the recommendation shown. */
    public Recommendation run() throws Interrupted, BadInput {
        while (true) {
            Step step = session.step();
            if (step instanceof Step.Ask ask) {
                Question q = ask.question();
                Reply reply = ui.ask(ask, Progress.of(session.tree(), ask), session.previous(ask));
                if (reply instanceof Reply.Answered a) {
                    session.answer(q.id(), a.answer());
                } else if (!session.back()) {
                    ui.notice(words.get("first-question"));
                    continue;
                }
                save();
                continue;
            }
            Step.Reached reached = (Step.Reached) step;
            Recommendation r = Recommendation.of(session.tree(), reached, words);
            if (settled(r, reached.trace(), ui.result(r))) {
                return r;
            }
        }
    }

    /**
     * After a result: true when the person is done with it, false when an answer changed.
     * {@code asked}: whether the person asked what next on the result, rather than be done.
     */
    private boolean settled(Recommendation r, List<TraceEntry> trace, boolean asked) throws Interrupted, BadInput {
        ResultSaver saver = new ResultSaver(session.answers(), r, saveTo);
        while (true) {
            ResultReply reply = ui.afterResult(saver, offerToSave, asked);
            if (reply instanceof ResultReply.Done) {
                return true;
            }
            if (reply instanceof ResultReply.ReadAgain) {
                asked = ui.result(r);
                continue;
            }
            asked = true;
            ReviewReply review = ui.review(trace);
            while (review instanceof ReviewReply.Change c) {
                if (change(c.questionId(), trace)) {
                    return false;
                }
                review = ui.review(trace);
            }
        }
    }

    /** Asks one answered question again; false when the person went back from it without answering. */
    private boolean change(String questionId, List<TraceEntry> trace) throws Interrupted, BadInput {
        int index = 0;
        while (index < trace.size() && !trace.get(index).question().id().equals(questionId)) {
            index++;
        }
        if (index == trace.size()) {
            return false;
        }
        Question q = trace.get(index).question();
        Step.Ask ask = session.askAgain(index);
        Reply reply = ui.ask(ask, Progress.of(session.tree(), ask), session.previous(ask));
        if (reply instanceof Reply.Answered a) {
            session.answer(q.id(), a.answer());
            save();
            return true;
        }
        return false;
    }

    private void save() throws BadInput {
        if (saveTo != null) {
            saveTo.save(session.answers());
        }
    }
}
