package referral.console;

/** What a person chose once a result was shown. */
public sealed interface ResultReply {

    /** Finished: the session ends with this result. */
    record Done() implements ResultReply {}

    /** Show the result again. */
    record ReadAgain() implements ResultReply {}

    /** See the answers and change one. */
    record ChangeAnswers() implements ResultReply {}
}
