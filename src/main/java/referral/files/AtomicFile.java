package referral.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file (0600, owner only) in the
 * same directory, reach the disk, then the temporary file is renamed over the target in one step.
 */
public final class AtomicFile {
    private AtomicFile() {}

    public static void write(Path target, byte[] content) throws FileProblem {
        String name = target.toString();
        if (Files.isDirectory(target)) {
            throw new FileProblem(name + ": is a directory; expected a file name");
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (NoSuchFileException e) {
            throw new FileProblem(name + ": cannot write: no such directory");
        } catch (AccessDeniedException e) {
            throw new FileProblem(name + ": cannot write: permission denied");
        } catch (IOException | UnsupportedOperationException e) {
            throw new FileProblem(name + ": cannot write (" + (e.getMessage() == null ? "I/O error" : e.getMessage()) + ")");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed; that is what gets reported
                }
            }
        }
    }
}
