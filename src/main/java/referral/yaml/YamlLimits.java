package referral.yaml;

import tools.jackson.core.StreamReadConstraints;

/**
 * Bounds on what we agree to read, so that a hostile or broken file costs a clear error instead of
 * memory or minutes. They are handed to Jackson as its {@link StreamReadConstraints}, which stop
 * the parser as soon as one is passed: {@code maxValues} is Jackson's token count (every key,
 * value, and start and end of a mapping or list), and since aliases are read by replaying what
 * their anchor holds, every alias counts with everything it repeats; that defeats "billion laughs"
 * expansion. Jackson's YAML module also refuses to replay more than 9 999 tokens for one anchor.
 *
 * <p>The same limits apply wherever answers are read: an answers file, standard input, or one line
 * of a batch: use {@link #ANSWERS} for each, read the lines with {@link #maxBytes()} as the longest
 * line accepted, and {@link referral.answers.AnswersReader#read(YamlNode.MapNode, java.util.List)}
 * for the answers (it applies {@link referral.rules.Tree#MAX_ANSWERS}).
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxValues, int maxStringLength) {

    /**
     * Rule files: generous for a hand-written tree (the full muscle-pain tree has about 6 000 tokens),
     * low enough that the worst file within them is read in a fraction of a second.
     */
    public static final YamlLimits RULES = new YamlLimits(5L * 1024 * 1024, 64, 50_000, 20_000);

    /** Answer files (and batch lines) hold one answer a question. */
    public static final YamlLimits ANSWERS = new YamlLimits(1024L * 1024, 16, 20_000, 10_000);

    /** The most digits one number may have (Jackson's own default). */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** These limits as Jackson applies them while it reads. */
    public StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxBytes) // characters; the bytes were counted before
                .maxNestingDepth(maxDepth)
                .maxTokenCount(maxValues)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxStringLength)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
    }
}
