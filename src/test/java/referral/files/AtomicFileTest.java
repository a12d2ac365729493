package referral.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import referral.diagnostics.BadInput;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> namesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesANewFileReadableByItsOwnerAlone() throws Exception {
        Path target = dir.resolve("answers.yaml");
        AtomicFile.write(target, "age: 40\n");
        assertEquals("age: 40\n", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of("answers.yaml"), namesIn(dir));
    }

    @Test
    void replacesAnExistingFileWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("answers.yaml"), "old content that is longer than the new\n");
        AtomicFile.write(target, "new\n");
        assertEquals("new\n", Files.readString(target));
        assertEquals(List.of("answers.yaml"), namesIn(dir));
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoLitter() throws Exception {
        Path target = Files.writeString(dir.resolve("answers.yaml"), "old\n");
        BadInput e = assertThrows(BadInput.class, () -> AtomicFile.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals(target + ": cannot write (the disk is full); the existing file is unchanged", e.getMessage());
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("answers.yaml"), namesIn(dir));
    }

    @Test
    void aDirectoryOrAMissingDirectoryIsOneLine() {
        BadInput isDir = assertThrows(BadInput.class, () -> AtomicFile.write(dir, "x"));
        assertTrue(isDir.getMessage().endsWith(": is a directory; expected a file name"), isDir.getMessage());
        Path nowhere = dir.resolve("no/such/dir/answers.yaml");
        BadInput missing = assertThrows(BadInput.class, () -> AtomicFile.write(nowhere, "x"));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void aSymbolicLinkIsNeverFollowedNorReplaced() throws Exception {
        // In a shared folder, another user can plant a link naming any file of yours.
        Path real = Files.writeString(dir.resolve("real.yaml"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);
        BadInput e = assertThrows(BadInput.class, () -> AtomicFile.write(link, "new\n"));
        assertEquals(link + ": is a symbolic link, which is never followed (it could name any file);"
                + " give the path of the file itself", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("old\n", Files.readString(real));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("would-be-made.yaml"));
        assertThrows(BadInput.class, () -> AtomicFile.write(dangling, "new\n"));
        assertFalse(Files.exists(dir.resolve("would-be-made.yaml")));
        assertEquals(List.of("dangling.yaml", "link.yaml", "real.yaml"), namesIn(dir));
    }

    @Test
    void aFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo");
        BadInput e = assertThrows(BadInput.class, () -> AtomicFile.write(fifo, "new\n"));
        assertEquals(fifo + ": is a FIFO (named pipe), not a regular file; nothing was written to it", e.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a FIFO");
        assertEquals(List.of("fifo"), namesIn(dir));
    }

    @Test
    void aDashIsNotAFileName() {
        BadInput e = assertThrows(BadInput.class, () -> AtomicFile.write(Path.of("-"), "new\n"));
        assertTrue(e.getMessage().startsWith("-: not a file name here"), e.getMessage());
        assertFalse(Files.exists(Path.of("-")));
    }

    /** A small tmpfs, when this process may mount one (root on Linux, as on CI); skipped elsewhere. */
    private Path mountTmpfs(String options) throws Exception {
        Path mountPoint = Files.createDirectory(dir.resolve("mnt"));
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs needs Linux");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(10, TimeUnit.SECONDS);
        Assumptions.assumeTrue(done && p.exitValue() == 0, "cannot mount a tmpfs here (not root?)");
        return mountPoint;
    }

    private void unmount(Path mountPoint) throws Exception {
        new ProcessBuilder("umount", mountPoint.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void aFullDiskLeavesTheOldFileIntact() throws Exception {
        Path mnt = mountTmpfs("size=64k");
        try {
            Path target = Files.writeString(mnt.resolve("answers.yaml"), "old\n");
            byte[] big = new byte[1024 * 1024];
            BadInput e = assertThrows(BadInput.class, () -> AtomicFile.write(target, big));
            assertEquals(target + ": cannot write (the disk is full); the existing file is unchanged", e.getMessage());
            assertEquals("old\n", Files.readString(target));
            assertEquals(List.of("answers.yaml"), namesIn(mnt));
        } finally {
            unmount(mnt);
        }
    }

    @Test
    void aReadOnlyFileSystemLeavesTheOldFileIntact() throws Exception {
        Path mnt = mountTmpfs("size=64k");
        try {
            Path target = Files.writeString(mnt.resolve("answers.yaml"), "old\n");
            Process remount = new ProcessBuilder("mount", "-o", "remount,ro", mnt.toString()).start();
            Assumptions.assumeTrue(remount.waitFor(10, TimeUnit.SECONDS) && remount.exitValue() == 0);
            BadInput e = assertThrows(BadInput.class, () -> AtomicFile.write(target, "new\n"));
            assertEquals(target + ": cannot write (the file system is read-only)", e.getMessage());
            assertArrayEquals("old\n".getBytes(), Files.readAllBytes(target));
        } finally {
            unmount(mnt);
        }
    }

    @Test
    void aDirectoryWithoutWritePermissionIsOneLine() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path target = Files.writeString(locked.resolve("answers.yaml"), "old\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "root writes anywhere; the tmpfs test covers it");
            BadInput e = assertThrows(BadInput.class, () -> AtomicFile.write(target, "new\n"));
            assertEquals(target + ": cannot write (permission denied)", e.getMessage());
            assertEquals("old\n", Files.readString(target));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
        assertFalse(namesIn(locked).stream().anyMatch(n -> n.endsWith(".tmp")));
    }
}
