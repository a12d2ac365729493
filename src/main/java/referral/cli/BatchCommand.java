package referral.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import referral.files.BoundedLines;
import referral.files.WriteFailed;
import referral.lang.Language;
import referral.lang.Words;
import referral.rules.Tree;
import referral.yaml.YamlLimits;

@Command(name = "batch", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Score many answer sets at once: JSON Lines in, one JSON result a line out, in the same"
                        + " order.",
                "", "Each input line is {\"id\": ..., \"answers\": {...}} (id optional, text or a number). Each"
                        + " output line is what 'run --format json' prints for those answers, with \"id\" first;"
                        + " a line that cannot be scored gives {\"id\", \"line\", \"errors\": [...]} and the batch"
                        + " goes on. Blank lines are skipped."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:every line scored", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID,
                "4:a line could not be scored (its error is in the output)", ExitCode.FILE_PROBLEM},
        footerHeading = ExitCode.EXAMPLES,
        footer = {"  referral batch --input answers.jsonl > results.jsonl",
                "  echo '{\"answers\": {\"emergency-signs\": [\"stroke\"]}}' | referral batch"})
final class BatchCommand implements Callable<Integer> {
    /**
     * Chunks queued for scoring or writing at most (some 350 KB each): four a thread keeps every
     * thread busy; the cap keeps a large {@code --threads} in the heap the launcher gives batch.
     */
    private static final int MAX_CHUNKS_QUEUED = 32;

    private final Io io;

    @Mixin
    RulesOption rules;

    @Option(names = "--input", paramLabel = "FILE|-", defaultValue = "-",
            description = "JSON Lines to read; '-' (the default) reads standard input.")
    File inputFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that score lines, 1 to " + MAX_THREADS + " (default: the number of processors).")
    Integer threads;

    @Option(names = "--lang", paramLabel = "LANG", description = LangOption.DESCRIPTION,
            completionCandidates = LangOption.Candidates.class)
    String lang;

    /** More threads than this only cost memory: the chunks in flight are capped anyway. */
    static final int MAX_THREADS = 256;

    BatchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new Failure(ExitCode.USAGE, "--threads must be from 1 to " + MAX_THREADS + ", not " + threads
                    + " (see 'referral batch --help')");
        }
        String input = AnswersOption.name(inputFile);
        Language.Asked asked = LangOption.asked(lang, io);
        Tree tree = rules.load();
        String name = AnswersOption.displayName(input);
        Words words = LangOption.words(asked, io, tree);
        BatchScorer scorer = new BatchScorer(words.tree(tree), name, words);
        int n = threads != null ? threads : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        int[] totals = new int[2];
        try (InputStream in = open(input)) {
            OutputStream out = io.out();
            BoundedLines lines = new BoundedLines(in, (int) YamlLimits.ANSWERS.maxBytes());
            if (n == 1) {
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
                int depth = Math.min(4 * n, MAX_CHUNKS_QUEUED);
                // Chunks in use at once: the queue's depth, one being written, one being read into.
                // So the reader always finds a free one (made when first needed), and waits (on the
                // queue) only when the writer falls behind.
                BlockingQueue<LineChunk> free = new ArrayBlockingQueue<>(depth + 2);
                int[] made = {0};
                try (OrderedPipeline<LineChunk> pipeline = new OrderedPipeline<>(n, depth,
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
        } catch (IOException e) {
            throw new Failure(ExitCode.FILE_IO, name + ": cannot read (" + e.getMessage() + ")");
        }
        if (totals[0] > 0) {
            io.err().println("referral: " + name + ": " + totals[0] + " of " + totals[1] + " lines could not be scored;"
                    + " see their \"errors\" in the output");
            return ExitCode.BAD_ANSWERS;
        }
        return ExitCode.OK;
    }

    private InputStream open(String source) {
        if ("-".equals(source)) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    return io.in().read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return io.in().read(b, off, len);
                }

                @Override
                public int available() throws IOException {
                    return io.in().available();
                }
            }; // standard input is not ours to close
        }
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
            throw new Failure(ExitCode.FILE_IO, source + ": is a directory; expected a file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new Failure(ExitCode.FILE_IO, source + ": no such file");
        } catch (AccessDeniedException e) {
            throw new Failure(ExitCode.FILE_IO, source + ": permission denied");
        } catch (IOException e) {
            throw new Failure(ExitCode.FILE_IO, source + ": cannot read (" + e.getMessage() + ")");
        }
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
            throw new WriteFailed(Io.STDOUT, e.getMessage());
        }
        totals[0] += c.failed;
        totals[1] += c.scored;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new WriteFailed(Io.STDOUT, e.getMessage());
        }
    }
}
