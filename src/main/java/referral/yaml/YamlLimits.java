package referral.yaml;

/**
 * Bounds on what we agree to read, so that a hostile or broken file costs a clear error
 * instead of memory or minutes. Aliases count toward {@code maxNodes} with the size of
 * what they point to, which defeats "billion laughs" expansion; {@code maxAliases} bounds
 * how many aliases a file may use at all.
 *
 * <p>The same limits apply wherever answers are read: an answers file, standard input,
 * or one line of a batch: use {@link #ANSWERS} for each line, read the lines with
 * {@link referral.files.BoundedLines} and {@link #maxBytes()} as the longest line accepted, and
 * {@link referral.answers.AnswersReader#read(YamlNode.MapNode, java.util.List)} for the answers
 * (it applies {@link referral.answers.AnswersReader#MAX_ANSWERS}).
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxNodes, int maxStringLength, int maxAliases) {

    /**
     * Rule files: generous for a hand-written tree (the full muscle-pain tree has about 2,500 values),
     * low enough that the worst file within them is read in a fraction of a second.
     */
    public static final YamlLimits RULES = new YamlLimits(5L * 1024 * 1024, 64, 50_000, 20_000, 10_000);

    /** Answer files (and batch lines) hold one answer a question. */
    public static final YamlLimits ANSWERS = new YamlLimits(1024L * 1024, 16, 20_000, 10_000, 1_000);
}
