package referral.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save interrupted by SIGTERM, SIGINT (Ctrl-C) or SIGKILL, at random moments, in a real process:
 * the file afterwards is the old one or the complete new one, never a mix or a half.
 */
class AtomicFileSignalIT {
    private static final int OLD_SIZE = 1024 * 1024;
    private static final int NEW_MEGABYTES = 4;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "KILL"})
    void aSignalDuringASaveLeavesTheOldOrTheNewFileWhole(String signal) throws Exception {
        Random random = new Random(signal.hashCode());
        Path target = dir.resolve("answers.yaml");
        int sawNew = 0;
        for (int round = 0; round < 4; round++) {
            byte[] old = new byte[OLD_SIZE];
            java.util.Arrays.fill(old, (byte) 'o');
            Files.write(target, old);
            Process p = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                    SlowSave.class.getName(), target.toString(), String.valueOf(NEW_MEGABYTES), "n")
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("saving", out.readLine());
            Thread.sleep(random.nextInt(round == 3 ? 400 : 60));
            send(signal, p);
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the process did not stop");
            int expectedExit = switch (signal) {
                case "INT" -> 130;
                case "TERM" -> 143;
                default -> 137;
            };
            int exit = p.exitValue();
            assertTrue(exit == expectedExit || exit == 0, "exit " + exit + " after SIG" + signal);

            byte[] now = Files.readAllBytes(target);
            boolean isOld = now.length == OLD_SIZE && allAre(now, 'o');
            boolean isNew = now.length == NEW_MEGABYTES * 1024 * 1024 && allAre(now, 'n');
            assertTrue(isOld || isNew, "a mixed or partial file of " + now.length + " bytes after SIG" + signal);
            sawNew += isNew ? 1 : 0;
            if (!signal.equals("KILL")) { // SIGKILL gives no chance to tidy up; the target is still whole
                assertEquals(List.of("answers.yaml"), names(), "a temporary file was left behind");
            }
        }
        assertTrue(sawNew < 4, "every save finished before the signal; the test did not interrupt any");
    }

    /** SIGTERM and SIGKILL through the JDK; SIGINT (what Ctrl-C sends) needs kill(1). */
    private static void send(String signal, Process p) throws Exception {
        switch (signal) {
            case "TERM" -> p.destroy();
            case "KILL" -> p.destroyForcibly();
            default -> new ProcessBuilder("kill", "-s", signal, String.valueOf(p.pid())).start()
                    .waitFor(5, TimeUnit.SECONDS);
        }
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean allAre(byte[] bytes, char c) {
        for (byte b : bytes) {
            if (b != c) {
                return false;
            }
        }
        return true;
    }
}
