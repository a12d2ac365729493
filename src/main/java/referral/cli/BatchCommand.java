package referral.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import referral.rules.Tree;
import referral.yaml.YamlLimits;

@Command(name = "batch", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Score many answer sets at once: JSON Lines in, one JSON result a line out, in the same order.",
                "Each input line is {\"id\": ..., \"answers\": {...}} (id optional, text or a number). Each output",
                "line is what 'run --format json' prints for those answers, with \"id\" first; a line that",
                "cannot be scored gives {\"id\", \"line\", \"errors\": [...]} and the batch goes on. Blank lines",
                "are skipped. Exit 4 at the end when any line failed."},
        footer = {"", "Examples:",
                "  referral batch --input answers.jsonl > results.jsonl",
                "  echo '{\"id\": 1, \"answers\": {\"emergency-signs\": [\"stroke\"]}}' | referral batch",
                "", ExitCode.HELP})
final class BatchCommand implements Callable<Integer> {
    /** Lines a job: enough to make handing work to another thread cheap, few enough to stream. */
    private static final int CHUNK_LINES = 256;

    private final Io io;

    @Mixin
    RulesOption rules;

    @Option(names = "--input", paramLabel = "FILE|-", defaultValue = "-",
            description = "JSON Lines to read; '-' (the default) reads standard input.")
    String input;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that score lines (default: the number of processors).")
    Integer threads;

    BatchCommand(Io io) {
        this.io = io;
    }

    /** The output of one job: the lines to print and how many of them were errors. */
    private record Chunk(ByteArrayOutputStream utf8, int failed, int lines) {}

    @Override
    public Integer call() throws Exception {
        Tree tree = rules.load();
        String name = AnswersOption.displayName(input);
        BatchScorer scorer = new BatchScorer(tree, name);
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        int[] totals = new int[2];
        try (InputStream in = open(input)) {
            OutputStream out = new BufferedOutputStream(io.out(), 1 << 16);
            LineInput lines = new LineInput(in, (int) YamlLimits.ANSWERS.maxBytes());
            if (n == 1) {
                List<String> chunk;
                while (!(chunk = read(lines)).isEmpty()) {
                    write(out, score(scorer, chunk, lines.lineNumber()), totals);
                    if (!lines.ready()) {
                        out.flush();
                    }
                }
            } else {
                try (OrderedPipeline<Chunk> pipeline = new OrderedPipeline<>(n, 4 * n,
                        c -> write(out, c, totals), () -> flush(out))) {
                    List<String> chunk;
                    while (!(chunk = read(lines)).isEmpty()) {
                        List<String> job = chunk;
                        int last = lines.lineNumber();
                        pipeline.submit(() -> score(scorer, job, last));
                    }
                    pipeline.finish();
                }
            }
            out.flush();
        } catch (UncheckedIOException e) {
            throw new Failure(ExitCode.FILE_IO, "cannot write the results (" + e.getCause().getMessage() + ")");
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

    /** The next lines to score, fewer when the input has no more ready (so results stream back). */
    private static List<String> read(LineInput lines) throws IOException {
        List<String> chunk = new ArrayList<>(CHUNK_LINES);
        String line;
        while (chunk.size() < CHUNK_LINES && (chunk.isEmpty() || lines.ready()) && (line = lines.next()) != null) {
            chunk.add(line);
        }
        return chunk;
    }

    /** Scores lines ending at line number {@code last}; blank lines are skipped but counted. */
    private static Chunk score(BatchScorer scorer, List<String> lines, int last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines.size() * 2560); // results run to about 2 KB a line
        int failed = 0;
        int scored = 0;
        int number = last - lines.size();
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            boolean ok;
            if (line == LineInput.TOO_LONG) {
                out.writeBytes(scorer.tooLong(number, YamlLimits.ANSWERS.maxBytes()).getBytes(StandardCharsets.UTF_8));
                ok = false;
            } else {
                ok = scorer.score(number, line, out);
            }
            out.write('\n');
            scored++;
            if (!ok) {
                failed++;
            }
        }
        return new Chunk(out, failed, scored);
    }

    private static void write(OutputStream out, Chunk c, int[] totals) {
        try {
            c.utf8().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        totals[0] += c.failed();
        totals[1] += c.lines();
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
