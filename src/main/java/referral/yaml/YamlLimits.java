package referral.yaml;

/**
 * Bounds on what we agree to read, so that a hostile or broken file costs a clear error
 * instead of memory or minutes. Aliases count toward {@code maxNodes} with the size of
 * what they point to, which defeats "billion laughs" expansion.
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxNodes, int maxStringLength) {

    /** Rule files: generous for a hand-written tree, far below what would hurt. */
    public static final YamlLimits RULES = new YamlLimits(5L * 1024 * 1024, 64, 500_000, 20_000);

    /** Answer files hold one answer a question. */
    public static final YamlLimits ANSWERS = new YamlLimits(1024L * 1024, 16, 50_000, 10_000);
}
