package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `referral test` from the packaged jar, in a directory far from the sources: the cases travel inside the jar. */
class BundledCasesJarIT {
    @TempDir
    Path elsewhere;

    @Test
    void thePackagedJarRunsItsBundledCasesWithFullCoverage() throws Exception {
        Path jar = Path.of("target", "referral.jar").toAbsolutePath();
        Process p = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-jar", jar.toString(), "test", "--min-coverage", "100")
                .directory(elsewhere.toFile())
                .redirectError(elsewhere.resolve("err.txt").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(elsewhere.resolve("err.txt"));
        assertEquals(0, p.exitValue(), out + err);
        assertTrue(out.contains(" passed, 0 failed"), out);
        assertTrue(out.matches("(?s).*outcomes reached\\s+(\\d+)/\\1\\s+100%.*"), out);
        assertTrue(out.matches("(?s).*next branches taken\\s+(\\d+)/\\1\\s+100%.*"), out);
        assertEquals("", err);
    }
}
