package referral.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher target/referral as a user meets it: installed in a path with spaces, run from
 * elsewhere, with a cache it can use, one it cannot, and one that is damaged; on JDK 17 and JDK 25.
 */
class LauncherIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path SMALL = Path.of("src/test/resources/trees/small.yaml").toAbsolutePath();
    static final Path JDK25 = Path.of(System.getenv().getOrDefault("REFERRAL_TEST_JDK25",
            "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @TempDir
    Path tmp;

    Path launcher;
    Path cacheHome;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void install() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("my tools/referral bin"));
        Files.copy(TARGET.resolve("referral.jar"), bin.resolve("referral.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TARGET.resolve("referral"), bin.resolve("referral"), StandardCopyOption.COPY_ATTRIBUTES);
        launcher = bin.resolve("referral");
        cacheHome = tmp.resolve("cache home");
    }

    private Run start(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().remove("JAVA");
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        pb.environment().putAll(env);
        File out = tmp.resolve("out.txt").toFile();
        File err = tmp.resolve("err.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out");
        return new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private Run version(Map<String, String> env) throws Exception {
        return start(env, "", "--version");
    }

    private List<Path> cacheFiles() throws Exception {
        Path dir = cacheHome.resolve("referral");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static void assertVersionOnly(Run r) {
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("referral \\S+ \\(tree [^)]+\\)\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void recordsClassDataOnceForTheOwnerAloneAndUsesItAfter() throws Exception {
        Run first = version(Map.of());
        assertVersionOnly(first);
        List<Path> files = cacheFiles();
        assertEquals(1, files.size(), files.toString());
        Path archive = files.get(0);
        assertTrue(archive.getFileName().toString().endsWith(".jsa") || archive.getFileName().toString().endsWith(".aot"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive.getParent())));
        assertFalse(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)).matches(".{3}.*[rwx].*"),
                "the archive is the owner's alone");
        long recorded = Files.getLastModifiedTime(archive).toMillis();
        try (Stream<Path> here = Files.list(tmp)) {
            // The training run (a full-screen session on a made-up terminal among others) writes
            // nothing where it was started: only the copy of the tool, its output and the cache.
            assertEquals(List.of("cache home", "err.txt", "my tools", "out.txt"),
                    here.map(p -> p.getFileName().toString()).sorted().toList());
        }

        Run again = start(Map.of(), "signs: chest\n", "run", "--rules", SMALL.toString(), "--answers", "-", "--format", "json");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("{\"outcome\":\"emergency\""), again.out());
        assertEquals(recorded, Files.getLastModifiedTime(archive).toMillis(), "recorded once");
    }

    @Test
    void theCacheHoldsNoAnswers() throws Exception {
        String marker = "zq-private-marker-7731";
        Run r = start(Map.of(), marker + ": yes\n", "run", "--rules", SMALL.toString(), "--answers", "-");
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().contains(marker), r.err());
        List<Path> files = cacheFiles();
        assertFalse(files.isEmpty());
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        for (Path f : files) {
            assertFalse(contains(Files.readAllBytes(f), needle), f + " holds what the user typed");
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void aCacheThatCannotBeWrittenMeansAPlainStart() throws Exception {
        Files.createDirectories(cacheHome);
        Files.writeString(cacheHome.resolve("referral"), "a file where the cache directory would go");
        assertVersionOnly(version(Map.of()));
        // Even root cannot create a directory under /proc.
        assertVersionOnly(version(Map.of("XDG_CACHE_HOME", "/proc/referral-cache")));
        assertVersionOnly(version(Map.of("XDG_CACHE_HOME", "relative/cache", "HOME", "/proc")));
    }

    @Test
    void aDamagedArchiveIsIgnoredSilently() throws Exception {
        assertVersionOnly(version(Map.of()));
        Path archive = cacheFiles().get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, "not class data at all".getBytes(StandardCharsets.UTF_8));
        Run r = version(Map.of());
        assertVersionOnly(r);
    }

    @Test
    void runsOnJdk25WithItsAotCache() throws Exception {
        assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "no JDK 25 at " + JDK25);
        Run first = version(Map.of("JAVA_HOME", JDK25.toString()));
        assertVersionOnly(first);
        assertTrue(cacheFiles().stream().anyMatch(f -> f.toString().endsWith(".aot")), cacheFiles().toString());
        Run second = start(Map.of("JAVA", JDK25.resolve("bin/java").toString()), "signs: chest\n",
                "run", "--rules", SMALL.toString(), "--answers", "-", "--format", "json");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().startsWith("{\"outcome\":\"emergency\""), second.out());
        assertEquals("", second.err());
    }

    @Test
    void theSameAnswersGiveTheSameBytesWithAndWithoutTheCache() throws Exception {
        String answers = "signs: none\nage: 40\nrest: yes\nwhere: joints\n";
        Run cached = start(Map.of(), answers, "run", "--rules", SMALL.toString(), "--answers", "-");
        Run plain = start(Map.of("REFERRAL_NO_CACHE", "1"), answers, "run", "--rules", SMALL.toString(), "--answers", "-");
        assertEquals(0, cached.exit(), cached.err());
        assertArrayEquals(plain.out().getBytes(StandardCharsets.UTF_8), cached.out().getBytes(StandardCharsets.UTF_8));
    }
}
