package referral.rules;

/** Numbers printed the way people write them: 50, not 50.0. */
public final class Numbers {
    private Numbers() {}

    public static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
