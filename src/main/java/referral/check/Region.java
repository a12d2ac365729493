package referral.check;

/**
 * The answers one question may still have on a path, after the tests the path passed.
 * Choice bits index the question's choices in the order they were written (at most 64).
 */
sealed interface Region {

    /** A one or yes-no question: the answer is one of the {@code possible} choices. */
    record OneOf(long possible) implements Region {}

    /** A multi question: the picked set holds every choice of {@code in} and none of {@code out}. */
    record Picks(long in, long out) implements Region {}

    /** A number question: {@code low <= answer < high} (a closed max is stored as the next double up). */
    record Range(double low, double high) implements Region {}
}
