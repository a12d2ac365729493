package referral.console;

import java.util.List;
import referral.engine.Answer;
import referral.engine.Progress;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.report.Recommendation;
import referral.rules.Urgency;

/**
 * How a session talks to a person: a full-screen terminal or plain lines. The conversation
 * decides what to ask; a Ui only asks it and reports what the person did.
 */
interface Ui {

    /**
     * Asks one question, offering only {@code ask.offered()} (its other choices do not apply to
     * this person); {@code previous} (nullable) is the answer to preselect.
     */
    Reply ask(Step.Ask ask, Progress progress, Answer previous) throws Interrupted;

    /**
     * Shows every answer on the path; the person confirms, picks one to change, or goes back.
     * {@code urgency} is how urgent the result is, so an emergency is not kept waiting unannounced.
     */
    ReviewReply review(List<TraceEntry> answers, Urgency urgency) throws Interrupted;

    /** A short line that does not need an answer (e.g. "This is the first question."). */
    void notice(String message);

    /** Shows the recommendation. */
    void result(Recommendation recommendation);

    /**
     * Offers to save the answers and a summary after the result; {@code saver} does the
     * writing. Does nothing where offering makes no sense (input from a pipe).
     */
    void offerSaving(ResultSaver saver) throws Interrupted;
}
