package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile probes of issue 13 that need a real process: a full disk, a reader that goes away,
 * a closed standard input, a FIFO nobody writes to, signals, the C locale. Each through the jar
 * or the launcher as a user would start it, from a shell where the probe is a redirection.
 */
class RobustnessIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path SMALL = Path.of("src/test/resources/trees/small.yaml").toAbsolutePath();
    static final String JAR = "java -jar '" + TARGET.resolve("referral.jar") + "'";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err, long millis) {}

    /** A shell command line in {@code dir}, its output and errors kept apart. */
    Run sh(Map<String, String> env, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile());
        pb.environment().putAll(env);
        File out = dir.resolve(".out").toFile();
        File err = dir.resolve(".err").toFile();
        pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        long start = System.nanoTime();
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), () -> "no end within 60 s: " + command);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()), millis);
    }

    Run sh(String command) throws Exception {
        return sh(Map.of(), command);
    }

    private Path answers() throws Exception {
        Path a = dir.resolve("answers.yaml");
        Files.writeString(a, "signs: none\nage: 40\nrest: yes\nwhere: joints\n");
        return a;
    }

    @Test
    void resultsToAFullDeviceAreExitFiveAndOneLine() throws Exception {
        answers();
        for (String command : List.of("run --rules '" + SMALL + "' --answers answers.yaml",
                "run --rules '" + SMALL + "' --answers answers.yaml --format json",
                "next --rules '" + SMALL + "' --answers answers.yaml", "check --format json", "graph", "schema", "test",
                "batch --rules '" + SMALL + "' --input answers.jsonl")) {
            Files.writeString(dir.resolve("answers.jsonl"), "{\"answers\": {\"signs\": [\"chest\"]}}\n");
            Run r = sh(JAR + " " + command + " > /dev/full");
            assertEquals(5, r.exit(), command + ": " + r.err());
            assertEquals("referral: cannot write to standard output (the disk is full)\n", r.err(), command);
        }
    }

    @Test
    void batchStopsPromptlyWhenItsReaderHasGone() throws Exception {
        // 'yes' never ends: only batch stopping at the closed pipe ends the pipeline.
        Run r = sh("yes '{\"answers\": {\"signs\": [\"chest\"]}}' | " + JAR + " batch --rules '" + SMALL
                + "' | head -c 100; s=\"${PIPESTATUS[*]}\"; echo; echo \"statuses $s\"");
        assertTrue(r.out().startsWith("{\"outcome\":\"emergency\""), r.out());
        assertTrue(r.out().contains("statuses 141 5 0"), r.out());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains("cannot write to standard output (the program reading it has stopped)"), r.err());
        assertTrue(r.millis() < 20_000, r.millis() + " ms");
    }

    @Test
    void aClosedStandardInputIsSaidSoNotReadAsTheJvmsOwnFile() throws Exception {
        // With <&- descriptor 0 became the JVM's lib/modules: run said "file is 1114112 bytes or
        // more", batch scored 855 861 lines of it.
        String launcher = "'" + TARGET.resolve("referral") + "'";
        for (String tool : List.of(JAR, launcher)) {
            for (String command : List.of("run --answers -", "next --answers -", "batch", "ask")) {
                Run r = sh(Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                        tool + " " + command + " --rules '" + SMALL + "' <&-");
                assertEquals(5, r.exit(), tool + " " + command + ": " + r.err());
                assertEquals("referral: <stdin>: cannot read (standard input is closed)\n", r.err(), command);
            }
        }
    }

    @Test
    void outputIsUtf8AndAsciiDigitsWhateverTheLocale() throws Exception {
        Files.writeString(dir.resolve("child.yaml"), "emergency-signs: none\nage: 5\nchild-signs: fever\n");
        Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
        // Under LANG=C, JDK 17 wrote "38 ?C", in JSON too.
        Run json = sh(c, JAR + " run --answers child.yaml --format json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("A fever (38 \u00b0C or more)"), json.out());
        Run text = sh(c, JAR + " run --answers child.yaml");
        assertTrue(text.out().contains("38 \u00b0C"), text.out());
        Run err = sh(c, "printf 'emergency-signs: caf\\303\\251\\n' | " + JAR + " run --answers -");
        assertEquals(4, err.exit(), err.err());
        assertTrue(err.err().contains("'caf\u00e9'"), err.err());
        // Where the JVM takes an Arabic locale, numbers were printed in Arabic-Indic digits.
        Run test = sh(Map.of(), "java -Duser.language=ar -Duser.country=EG -jar '" + TARGET.resolve("referral.jar") + "' test");
        assertEquals(0, test.exit(), test.err());
        assertTrue(test.out().matches("(?s).*outcomes reached +\\d+/\\d+ +100%.*"), test.out());
    }

    /** Starts the jar straight from here (not through a shell, whose background jobs ignore SIGINT). */
    private Process jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", TARGET.resolve("referral.jar").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(".out").toFile()).redirectError(dir.resolve(".err").toFile()).start();
    }

    @Test
    void aReadThatNeverEndsStopsOnASignalWithOneLine() throws Exception {
        Path fifo = dir.resolve("answers.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // Nobody writes to the FIFO: run waits in its open() for ever. Ctrl-C exited 130 without a word.
        for (String signal : List.of("INT", "TERM")) {
            Process p = jar("run", "--answers", fifo.toString());
            Thread.sleep(1500); // started, and blocked
            assertTrue(p.isAlive(), "blocked on the FIFO");
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "stopped by SIG" + signal);
            String err = Files.readString(dir.resolve(".err"));
            if (signal.equals("INT")) {
                assertEquals(130, p.exitValue(), err);
                assertEquals("referral: interrupted\n", err);
            } else {
                assertEquals(143, p.exitValue(), err);
                assertEquals("referral: stopped (SIGTERM)\n", err);
            }
        }
    }
}
