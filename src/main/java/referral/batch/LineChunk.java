package referral.batch;

import referral.files.BoundedLines;
import referral.report.ByteSink;
import referral.yaml.JsonLineReader;
import referral.yaml.YamlLimits;

/**
 * A run of consecutive input lines as UTF-8 bytes, then their results: what the reading thread
 * hands a scoring thread, and that one the writing thread. Made a few times and reused, so that a
 * batch of millions of lines does not allocate and clear megabytes of buffers for every few hundred.
 */
final class LineChunk implements BoundedLines.Sink {
    /**
     * Lines a chunk: enough to make handing work to another thread cheap, few enough to stream, and
     * their results (some 270 KB) still in the processor's cache when the kernel copies them out:
     * with 256 lines a chunk one thread took 10 to 20 % longer, with 1 024 half as long again.
     */
    static final int MAX_LINES = 128;
    /** Bytes of input after which a chunk takes no more lines (one line may go past it). */
    static final int MAX_BYTES = 32 * 1024;

    private byte[] text = new byte[MAX_BYTES + 4096];
    private final int[] from = new int[MAX_LINES];
    private final int[] to = new int[MAX_LINES];
    private int lines;
    private int size;
    private int firstLine;

    /** The results of the lines, one JSON object a line. */
    final ByteSink results = new ByteSink(MAX_LINES * 2560); // results run to about 2 KB a line
    /** Results that are error objects, and results written (blank lines have none). */
    int failed;
    int scored;
    /** Lines read straight from their tokens into answers (the rest went through nodes). */
    int readStraight;
    /** The scoring thread's reader of lines, with its buffers; each chunk has its own, so no thread shares one. */
    final JsonLineReader reader;

    LineChunk(YamlLimits limits) {
        this.reader = new JsonLineReader(limits);
    }

    /** Empties the chunk; the next line added is line {@code firstLine} of the input. */
    void clear(int firstLine) {
        this.firstLine = firstLine;
        lines = 0;
        size = 0;
        results.reset();
        failed = 0;
        scored = 0;
        readStraight = 0;
    }

    boolean isFull() {
        return lines == MAX_LINES || size >= MAX_BYTES;
    }

    boolean isEmpty() {
        return lines == 0;
    }

    @Override
    public void add(byte[] line, int start, int end) {
        int n = end - start;
        if (text.length - size < n) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, size + n));
        }
        System.arraycopy(line, start, text, size, n);
        from[lines] = size;
        size += n;
        to[lines++] = size;
    }

    /** Adds a line too long to keep: only its place is remembered. */
    @Override
    public void addTooLong() {
        from[lines] = size;
        to[lines++] = -1;
    }

    int lines() {
        return lines;
    }

    /** The input line number of line {@code k} of the chunk. */
    int lineNumber(int k) {
        return firstLine + k;
    }

    byte[] text() {
        return text;
    }

    int from(int k) {
        return from[k];
    }

    /** Where line {@code k} ends in {@link #text()}, or -1 when it was too long to keep. */
    int to(int k) {
        return to[k];
    }
}
