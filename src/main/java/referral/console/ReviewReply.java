package referral.console;

/** What a person did on the screen that lists the answers (reached from a result). */
public sealed interface ReviewReply {

    /** The answers stay as they are: back to the result. */
    record Keep() implements ReviewReply {}

    /** Change the answer to this question. */
    record Change(String questionId) implements ReviewReply {}
}
