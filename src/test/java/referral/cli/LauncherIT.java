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
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Tmux;

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
        assertEquals(3, files.size(), "the archive, its checksum and the name of its jar: " + files);
        Path archive = archive();
        assertEquals(archive + ".sum", files.get(2).toString());
        assertEquals(cksum(archive), Files.readString(files.get(2)).strip(), "the checksum recorded beside it");
        assertEquals(launcher.resolveSibling("referral.jar") + "\n", Files.readString(files.get(0)), "the jar it is for");
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
        Path archive = archive();
        archive.toFile().setWritable(true);
        Files.write(archive, "not class data at all".getBytes(StandardCharsets.UTF_8));
        Run r = version(Map.of());
        assertVersionOnly(r);
    }

    @Test
    void recordingRemovesTheArchivesOfJarsThatAreGone() throws Exception {
        assertVersionOnly(version(Map.of()));
        List<Path> gone = cacheFiles();
        Path first = launcher;
        Path other = Files.createDirectories(tmp.resolve("another clone/target"));
        Files.copy(TARGET.resolve("referral.jar"), other.resolve("referral.jar"));
        Files.copy(TARGET.resolve("referral"), other.resolve("referral"), StandardCopyOption.COPY_ATTRIBUTES);
        launcher = other.resolve("referral");
        assertVersionOnly(version(Map.of()));
        assertEquals(6, cacheFiles().size(), cacheFiles().toString());

        // The first clone deleted; the other rebuilt, so the launcher records again and tidies up.
        Files.delete(first.resolveSibling("referral.jar"));
        Files.setLastModifiedTime(other.resolve("referral.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertVersionOnly(version(Map.of()));
        List<Path> left = cacheFiles();
        assertEquals(3, left.size(), left.toString());
        for (Path file : gone) {
            assertFalse(left.contains(file), file + " belongs to a jar that is gone");
        }
        assertEquals(other.resolve("referral.jar") + "\n", Files.readString(left.get(0)));
    }

    @Test
    void saysOnATerminalOnceThatItIsPreparingAFasterStart() throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cacheHome.toString());
        String command = "'" + launcher + "' --version";
        try (Tmux first = new Tmux(80, 10, tmp, env, command)) {
            String screen = first.waitFor("<done>");
            assertTrue(screen.contains("referral: preparing a faster start"), screen);
            assertTrue(screen.contains("EXIT=0"), screen);
        }
        try (Tmux second = new Tmux(80, 10, tmp, env, command)) {
            String screen = second.waitFor("<done>");
            assertFalse(screen.contains("preparing"), screen);
            assertTrue(screen.contains("(tree "), screen);
        }
    }

    /** The archive the launcher recorded (not its checksum file, nor a link). */
    private Path archive() throws Exception {
        List<Path> files = cacheFiles();
        return files.stream().filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot"))
                .findFirst().orElseThrow(() -> new AssertionError("no archive in " + files));
    }

    private static String cksum(Path file) throws Exception {
        Process p = new ProcessBuilder("cksum").redirectInput(file.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        return out;
    }

    /** Nothing in the folder the tool was started from but what the test put there. */
    private void assertNothingWrittenHere() throws Exception {
        try (Stream<Path> here = Files.list(tmp)) {
            assertEquals(List.of("cache home", "err.txt", "my tools", "out.txt"),
                    here.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aTruncatedOrAlteredArchiveIsNeverMappedAndIsRecordedAgain() throws Exception {
        // Truncated to 1 000 000 bytes, every start was exit 134 with the JVM's crash banner on
        // stdout and an hs_err file here; altered, exit 70 or an exception.
        assertVersionOnly(version(Map.of()));
        for (String damage : List.of("truncate", "flip")) {
            Path archive = archive();
            archive.toFile().setWritable(true);
            byte[] bytes = Files.readAllBytes(archive);
            if (damage.equals("truncate")) {
                Files.write(archive, java.util.Arrays.copyOf(bytes, 1_000_000));
            } else {
                for (int i = 4096; i < bytes.length; i += 65_536) {
                    bytes[i] ^= 0x5a;
                }
                Files.write(archive, bytes);
            }
            Run r = start(Map.of(), "signs: chest\n", "run", "--rules", SMALL.toString(), "--answers", "-");
            assertEquals(0, r.exit(), damage + ": " + r.err());
            assertTrue(r.out().startsWith("EMERGENCY"), r.out());
            assertEquals("", r.err());
            assertNothingWrittenHere();
            Path again = archive();
            assertEquals(cksum(again), Files.readString(Path.of(again + ".sum")).strip(), "recorded anew, with its checksum");
        }
    }

    /** Turns the recorded archive into a damaged one whose checksum file agrees with it: only the other checks can catch it. */
    private Path damagedButChecksummed() throws Exception {
        assertVersionOnly(version(Map.of()));
        Path archive = archive();
        archive.toFile().setWritable(true);
        Files.write(archive, java.util.Arrays.copyOf(Files.readAllBytes(archive), 1_000_000));
        Path sum = Path.of(archive + ".sum");
        FileTime time = Files.getLastModifiedTime(sum);
        Files.writeString(sum, cksum(archive) + "\n");
        Files.setLastModifiedTime(sum, time);
        return archive;
    }

    private static void chown(String owner, Path... paths) throws Exception {
        List<String> command = new ArrayList<>(List.of("chown", "-h", owner));
        for (Path p : paths) {
            command.add(p.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "chown needs root: " + new String(p.getInputStream().readAllBytes()));
    }

    @Test
    void anArchivePlantedByAnotherUserIsNeverUsed() throws Exception {
        Path archive = damagedButChecksummed();
        Path sum = Path.of(archive + ".sum");
        chown("nobody", archive, sum);
        Run r = version(Map.of());
        assertVersionOnly(r);
        assertEquals(cksum(archive()), Files.readString(Path.of(archive() + ".sum")).strip(), "replaced by one of ours");
        assertEquals(Files.getOwner(archive.getParent()), Files.getOwner(archive()));
    }

    @Test
    void aCacheFolderOfAnotherUserIsNeitherUsedNorWrittenTo() throws Exception {
        Path archive = damagedButChecksummed();
        Path dir = archive.getParent();
        chown("nobody", dir, archive, Path.of(archive + ".sum"));
        try {
            Run r = version(Map.of());
            assertVersionOnly(r);
            assertEquals(1_000_000, Files.size(archive), "left as it was");
        } finally {
            chown("root", dir); // so that the temporary folder can be deleted
        }
    }

    @Test
    void anArchiveOthersCanWriteToIsNotUsed() throws Exception {
        Path archive = damagedButChecksummed();
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertVersionOnly(version(Map.of()));
        assertFalse(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive())).matches(".{3}.*[rwx].*"),
                "recorded anew, the owner's alone");
    }

    @Test
    void aCrashOfTheJvmWritesNothingHereNorOnStandardOutput() throws Exception {
        // Made to crash on purpose (an exception turned into a fatal error): before, the banner
        // went to stdout and hs_err_pid*.log, with the command line and environment, came here.
        Run r = start(Map.of("REFERRAL_JAVA_OPTS", "-XX:+UnlockDiagnosticVMOptions -XX:AbortVMOnException=referral.diagnostics.BadInput"),
                "", "run", "--answers", "no-such-file.yaml");
        assertEquals(134, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
        assertNothingWrittenHere();
    }

    @Test
    void runsFromAFolderWhosePathHasAColon() throws Exception {
        // -cp splits at ':': it was a Java "class not found" trace.
        Path bin = Files.createDirectories(tmp.resolve("my tools/a:b"));
        Files.copy(launcher.getParent().resolve("referral.jar"), bin.resolve("referral.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(launcher, bin.resolve("referral"), StandardCopyOption.COPY_ATTRIBUTES);
        launcher = bin.resolve("referral");
        assertVersionOnly(version(Map.of()));
        Run run = start(Map.of(), "signs: chest\n", "run", "--rules", SMALL.toString(), "--answers", "-");
        assertEquals(0, run.exit(), run.err());
        Run plain = version(Map.of("REFERRAL_NO_CACHE", "1"));
        assertEquals(5, plain.exit(), plain.err());
        assertTrue(plain.err().startsWith("referral: ") && plain.err().contains("a folder whose path has a ':'"), plain.err());
        assertEquals(1, plain.err().lines().count(), plain.err());
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
