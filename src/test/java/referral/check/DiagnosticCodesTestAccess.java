package referral.check;

/** The small clean tree of {@link DiagnosticCodesTest}, for tests in other packages. */
public final class DiagnosticCodesTestAccess {
    private DiagnosticCodesTestAccess() {}

    public static String tree() {
        return DiagnosticCodesTest.TREE;
    }
}
