package referral.console;

import java.util.List;
import referral.engine.Answer;
import referral.engine.Progress;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.report.Recommendation;

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

    /** A short line that does not need an answer (e.g. "This is the first question."). */
    void notice(String message);

    /**
     * Shows the recommendation, its short block (headline, who, how soon, what to do now) first;
     * a full screen pages the rest. True when the person asks what next (to change an answer or
     * save), false when done with it.
     */
    boolean result(Recommendation recommendation) throws Interrupted;

    /**
     * What next, once the result has been shown: done, read it again, or change an answer; saving
     * the answers or a summary ({@code saver} writes them) is offered too when {@code offerSaving}.
     * Where asking makes no sense (input from a pipe), or the person was done with the result
     * ({@code asked} false), the answer is done.
     */
    ResultReply afterResult(ResultSaver saver, boolean offerSaving, boolean asked) throws Interrupted;

    /** Shows every answer on the path; the person picks one to change, or keeps them all. */
    ReviewReply review(List<TraceEntry> answers) throws Interrupted;
}
