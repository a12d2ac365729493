package referral.console;

import referral.engine.Answer;

/** What a person did at a question: answered it, or asked to go back one. */
public sealed interface Reply {

    record Answered(Answer answer) implements Reply {}

    record Back() implements Reply {}
}
