package referral.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import referral.files.BoundedLines;
import referral.files.Output;
import referral.files.WriteFailed;
import referral.rules.Tree;
import referral.yaml.YamlLimits;

/**
 * Many answer sets scored at once: JSON Lines in, one result a line out, in the input's order.
 * The reading, scoring threads and writing are here; {@code referral batch} only opens the input,
 * reads the options and maps the totals to an exit code.
 */
public final class Batch {
    /** More threads than this only cost memory: the chunks in flight are capped anyway. */
    public static final int MAX_THREADS = 256;

    /**
     * Chunks queued for scoring or writing at most (some 350 KB each): four a thread keeps every
     * thread busy; the cap keeps a large {@code --threads} in the heap the launcher gives batch.
     */
    private static final int MAX_CHUNKS_QUEUED = 32;

    private Batch() {}

    /** How many lines were scored, and how many of them could not be (their errors are in the output). */
    public record Totals(int lines, int failed) {}

    /**
     * Scores every line of {@code in} against {@code tree} with {@code threads} scoring threads,
     * writing each result to {@code out}; {@code name} is the input as messages name it.
     */
    public static Totals run(Tree tree, String name, InputStream in, OutputStream out, int threads)
            throws IOException, InterruptedException {
        return run(tree, name, in, out, threads, referral.lang.Words.ENGLISH);
    }

    /** As {@link #run(Tree, String, InputStream, OutputStream, int)}, the results told in {@code words} (the tree given in them). */
    public static Totals run(Tree tree, String name, InputStream in, OutputStream out, int threads,
            referral.lang.Words words)
            throws IOException, InterruptedException {
        BatchScorer scorer = new BatchScorer(tree, name, words);
        int[] totals = new int[2];
        BoundedLines lines = new BoundedLines(in, (int) YamlLimits.ANSWERS.maxBytes());
        if (threads == 1) {
            // One thread reads, scores and writes: the least work in all, for a busy machine.
            LineChunk chunk = scorer.newChunk();
            while (read(lines, chunk)) {
                scorer.score(chunk);
                write(out, chunk, totals);
                if (!lines.ready()) {
                    out.flush();
                }
            }
        } else {
            int depth = Math.min(4 * threads, MAX_CHUNKS_QUEUED);
            // Chunks in use at once: the queue's depth, one being written, one being read into.
            // So the reader always finds a free one (made when first needed), and waits (on the
            // queue) only when the writer falls behind.
            BlockingQueue<LineChunk> free = new ArrayBlockingQueue<>(depth + 2);
            int[] made = {0};
            try (OrderedPipeline<LineChunk> pipeline = new OrderedPipeline<>(threads, depth,
                    c -> {
                        write(out, c, totals);
                        free.add(c);
                    }, () -> flush(out))) {
                LineChunk chunk;
                while (read(lines, chunk = freeChunk(free, made, depth + 2, scorer, pipeline))) {
                    LineChunk job = chunk;
                    pipeline.submit(() -> {
                        scorer.score(job);
                        return job;
                    });
                }
                pipeline.finish();
            }
        }
        out.flush();
        return new Totals(totals[1], totals[0]);
    }

    /** A chunk to read into: a free one, or a new one while fewer than {@code most} are made. */
    private static LineChunk freeChunk(BlockingQueue<LineChunk> free, int[] made, int most, BatchScorer scorer,
            OrderedPipeline<LineChunk> pipeline) throws InterruptedException {
        LineChunk chunk = free.poll();
        if (chunk != null) {
            return chunk;
        }
        if (made[0] < most) {
            made[0]++;
            return scorer.newChunk();
        }
        // The writer gives chunks back; once it has failed (the reader of the output has gone) none come.
        while ((chunk = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
            pipeline.checkFailure();
        }
        return chunk;
    }

    /**
     * Reads the next lines into the chunk, fewer than it holds when the input has no more ready (so
     * results stream back); false when there were none.
     */
    private static boolean read(BoundedLines lines, LineChunk chunk) throws IOException {
        chunk.clear(lines.lineNumber() + 1);
        while (!chunk.isFull() && (chunk.isEmpty() || lines.ready()) && lines.next(chunk)) {
            // the line is in the chunk
        }
        return !chunk.isEmpty();
    }

    private static void write(OutputStream out, LineChunk c, int[] totals) {
        try {
            c.results.writeTo(out);
        } catch (IOException e) {
            throw new WriteFailed(Output.STDOUT, e.getMessage());
        }
        totals[0] += c.failed;
        totals[1] += c.scored;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new WriteFailed(Output.STDOUT, e.getMessage());
        }
    }
}
