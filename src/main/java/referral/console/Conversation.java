package referral.console;

import java.util.List;
import referral.engine.Progress;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.files.FileProblem;
import referral.report.Recommendation;
import referral.rules.Question;

/**
 * The interactive session's flow, the same for every Ui: ask until the answers reach an
 * outcome, let the person review and change them, show the result, offer to save.
 * The answers are saved (when asked for) after every change.
 */
public final class Conversation {
    private final Session session;
    private final Ui ui;
    private final AnswersFile saveTo;
    private final boolean offerToSave;

    /**
     * {@code saveTo} (nullable) is the {@code --save-answers} file, rewritten after every change;
     * {@code offerToSave}: whether the result is followed by the offer to save it.
     */
    Conversation(Session session, Ui ui, AnswersFile saveTo, boolean offerToSave) {
        this.session = session;
        this.ui = ui;
        this.saveTo = saveTo;
        this.offerToSave = offerToSave;
    }

    /** Runs the session to its result; the recommendation shown. */
    public Recommendation run() throws Interrupted, FileProblem {
        while (true) {
            Step step = session.step();
            if (step instanceof Step.Ask ask) {
                Question q = ask.question();
                Reply reply = ui.ask(ask, Progress.of(session.tree(), ask), session.previous(ask));
                if (reply instanceof Reply.Answered a) {
                    session.answer(q.id(), a.answer());
                } else if (!session.back()) {
                    ui.notice("This is the first question.");
                    continue;
                }
                save();
                continue;
            }
            Step.Reached reached = (Step.Reached) step;
            ReviewReply review = ui.review(reached.trace(), reached.outcome().urgency());
            if (review instanceof ReviewReply.Confirm) {
                Recommendation r = Recommendation.of(session.tree(), reached);
                ui.result(r);
                if (offerToSave) {
                    ui.offerSaving(new ResultSaver(session.answers(), r, saveTo));
                }
                return r;
            }
            if (review instanceof ReviewReply.Back) {
                session.back();
                save();
                continue;
            }
            change(((ReviewReply.Change) review).questionId(), reached.trace());
        }
    }

    /** Asks one answered question again; going back from it returns to the review. */
    private void change(String questionId, List<TraceEntry> trace) throws Interrupted, FileProblem {
        int index = 0;
        while (index < trace.size() && !trace.get(index).question().id().equals(questionId)) {
            index++;
        }
        if (index == trace.size()) {
            return;
        }
        Question q = trace.get(index).question();
        Step.Ask ask = session.askAgain(index);
        Reply reply = ui.ask(ask, Progress.of(session.tree(), ask), session.previous(ask));
        if (reply instanceof Reply.Answered a) {
            session.answer(q.id(), a.answer());
            save();
        }
    }

    private void save() throws FileProblem {
        if (saveTo != null) {
            saveTo.save(session.answers());
        }
    }
}
