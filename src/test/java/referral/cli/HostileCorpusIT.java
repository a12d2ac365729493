package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus ({@code src/test/resources/hostile/cases.tsv}) against the real jar, in a JVM
 * with a small heap: each input gives its exit code and exactly one clean line, never a stack
 * trace, never a hang. Large inputs are made here rather than committed.
 */
class HostileCorpusIT {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final Path GENERATED = Path.of("target/hostile-generated");
    private static final Path SMALL_TREE = Path.of("src/test/resources/robustness/small-tree.yaml");
    private static final Path JAR = Path.of("target/referral.jar");
    /** Bounded memory is part of the promise: the jar runs with this heap and must not run out. */
    private static final String HEAP = "-Xmx96m";

    record Case(String input, String as, int exit, String expected) {
        @Override
        public String toString() {
            return input + " as " + as;
        }
    }

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void generateLargeInputs() throws IOException {
        Files.createDirectories(GENERATED.resolve("directory"));
        write("big-50mb.yaml", out -> {
            byte[] line = "key: a value that repeats to fill fifty megabytes of text\n".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
                out.write(line);
            }
        });
        write("urandom.bin", out -> {
            byte[] noise = new byte[3 * 1024 * 1024];
            new Random(7).nextBytes(noise);
            out.write(noise);
        });
        write("deep-flow.yaml", text("a: " + "[".repeat(1_000_000) + "]".repeat(1_000_000)));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            block.append("  ".repeat(i)).append("k:\n");
        }
        write("deep-block.yaml", text(block.toString()));
        write("long-line.yaml", text("a: \"" + "x".repeat(4_000_000) + "\"\n"));
        write("long-key.yaml", text("k".repeat(4_000_000) + ": v\n"));
        write("many-values.yaml", text("a: [" + "1,".repeat(2_000_000) + "1]\n"));
        write("many-aliases.yaml", text("a: &a x\nb: [" + "*a, ".repeat(100_000) + "*a]\n"));
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            answers.append("question-").append(i).append(": yes\n");
        }
        write("many-answers.yaml", text(answers.toString()));
        write("key-1100.yaml", text("k".repeat(1100) + ": v\n"));
        write("long-plain-line.txt", text("x".repeat(20_000_000) + "\n"));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static Writing text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(String name, Writing content) throws IOException {
        Path file = GENERATED.resolve(name);
        if (!Files.exists(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                content.to(out);
            }
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(HOSTILE.resolve("cases.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            cases.add(new Case(f[0], f[1], Integer.parseInt(f[2]), f[3]));
        }
        return cases.stream();
    }

    private static Path resolve(String input) {
        return input.startsWith("gen:") ? GENERATED.resolve(input.substring(4)) : HOSTILE.resolve(input);
    }

    static Run jar(byte[] stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", HEAP, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("referral-it", ".out");
        Path err = Files.createTempFile("referral-it", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException closedEarly) {
                // the tool stopped reading at its limit: that is the point
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("no answer within 30 s: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * How an input is fed: as the rules or the answers file of {@code run}, or on standard input
     * to the plain mode of {@code ask} ({@code plain}) or to {@code batch}. For the plain mode and
     * batch the expected words are in what is printed on standard output (the transcript, the
     * error object); stderr still has exactly one clean line.
     */
    private static Run feed(Case c, Path input) throws Exception {
        return switch (c.as()) {
            case "rules" -> jar(new byte[0], "run", "--rules", input.toString(), "--answers", SMALL_TREE.toString());
            case "answers" -> jar(new byte[0], "run", "--rules", SMALL_TREE.toString(), "--answers", input.toString());
            case "plain" -> jar(Files.readAllBytes(input), "ask", "--rules", SMALL_TREE.toString());
            case "batch" -> jar(Files.readAllBytes(input), "batch", "--rules", SMALL_TREE.toString());
            default -> throw new IllegalArgumentException("unknown way to feed an input: " + c.as());
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileInputIsOneCleanLineWithItsExitCode(Case c) throws Exception {
        Run run = feed(c, resolve(c.input()));
        assertEquals(c.exit(), run.exit(), run.err());
        assertOneCleanLine(run.err());
        if (c.as().equals("plain") || c.as().equals("batch")) {
            assertTrue(run.out().contains(c.expected()), () -> "expected '" + c.expected() + "' in: " + run.out());
        } else {
            assertTrue(run.err().contains(c.expected()), () -> "expected '" + c.expected() + "' in: " + run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void hostileAnswersOnStandardInputAreBoundedToo() throws Exception {
        byte[] noise = Files.readAllBytes(GENERATED.resolve("urandom.bin"));
        Run run = jar(noise, "run", "--rules", SMALL_TREE.toString(), "--answers", "-");
        assertEquals(4, run.exit(), run.err());
        assertOneCleanLine(run.err());
        assertTrue(run.err().contains("<stdin>: file is"), run.err());
    }

    @Test
    void checkReportsAHostileTreeAsAFindingNotACrash() throws Exception {
        Run run = jar(new byte[0], "check", HOSTILE.resolve("rules/billion-laughs.yaml").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("error: more than 50000 values"), run.out());
        assertOneCleanLine(run.err());
    }
}
