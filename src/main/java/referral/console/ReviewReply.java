package referral.console;

/** What a person did on the review screen. */
public sealed interface ReviewReply {

    /** The answers are right: show the result. */
    record Confirm() implements ReviewReply {}

    /** Change the answer to this question. */
    record Change(String questionId) implements ReviewReply {}

    /** Go back to the last question. */
    record Back() implements ReviewReply {}
}
