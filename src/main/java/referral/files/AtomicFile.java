package referral.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;

/**
 * Writes a file so that readers (and a crash, a full disk, Ctrl-C) see either the old file or the
 * complete new one, never half of it: the bytes go to a temporary file in the same directory,
 * are flushed to the disk, and the temporary file is then renamed over the target in one step.
 * Files are created readable and writable by their owner alone (0600): answers are medical data.
 *
 * <p>Every file the tool writes (saved answers, graphs, summaries) goes through here.
 */
public final class AtomicFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFile() {}

    /** What produces the content, writing into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, InterruptedException;
    }

    public static void write(Path target, byte[] content) throws BadInput {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, String content) throws BadInput {
        write(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code content} to {@code target}. On any failure the target is left as it was and the
     * temporary file is removed; the {@link BadInput} says in one line what went wrong.
     *
     * <p>Only a regular file, or a name not yet taken, is written: a device, a FIFO, a socket or a
     * directory is refused (the rename would replace a device node; as root, {@code /dev/full}
     * itself), and so is a symbolic link, which is never followed: in a shared folder another user
     * can plant one naming any file of yours. The temporary file is made with {@code O_EXCL} and
     * {@code O_NOFOLLOW}, so nothing planted in its place is written through either.
     */
    public static void write(Path target, Content content) throws BadInput {
        String name = target.toString();
        refuseAnythingButARegularFile(target);
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw BadInput.file(Code.CANNOT_WRITE, name, "cannot write: the directory " + (dir == null ? "" : dir + " ")
                    + "does not exist");
        }
        Temp temp;
        try {
            temp = createTemp(dir, target.getFileName().toString());
        } catch (IOException | UnsupportedOperationException e) {
            throw BadInput.file(Code.CANNOT_WRITE, name, "cannot write (" + reason(e) + ")");
        }
        // If the process is stopped (SIGTERM, Ctrl-C) mid-write, the target is untouched; this
        // removes the temporary file too. Registered per write: no global state to keep.
        Thread cleanup = new Thread(() -> deleteQuietly(temp.path()), "referral-cleanup");
        boolean hooked = addShutdownHook(cleanup);
        try {
            try (FileChannel channel = temp.channel(); OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp.path(), target);
            syncDirectory(dir);
        } catch (IOException | RuntimeException | InterruptedException e) {
            deleteQuietly(temp.path());
            throw BadInput.file(Code.CANNOT_WRITE, name, "cannot write (" + reason(e) + ")"
                    + (Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? "; the existing file is unchanged" : ""));
        } finally {
            if (hooked) {
                removeShutdownHook(cleanup);
            }
        }
    }

    private record Temp(Path path, FileChannel channel) {}

    /** A new hidden file beside the target, {@code .NAME.RANDOM.tmp}, open for writing and the owner's alone. */
    private static Temp createTemp(Path dir, String base) throws IOException {
        String prefix = "." + (base.length() > 100 ? base.substring(0, 100) : base) + ".";
        SecureRandom random = new SecureRandom(); // a name nobody can guess ahead and take
        for (int tries = 0; ; tries++) {
            Path temp = dir.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            try {
                return new Temp(temp, FileChannel.open(temp, CREATE_NEW, ownerOnly(dir)));
            } catch (FileAlreadyExistsException taken) {
                if (tries == 10) {
                    throw taken;
                }
            }
        }
    }

    /** Create the file, failing if the name is taken (O_EXCL), never through a link (O_NOFOLLOW). */
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);

    /** A name not taken yet, or a regular file; anything else is one line saying what it is. */
    private static void refuseAnythingButARegularFile(Path target) throws BadInput {
        String name = target.toString();
        if (name.equals("-")) {
            throw BadInput.file(Code.NOT_A_FILE, "-", "not a file name here: '-' means standard input or output, which cannot be"
                    + " written atomically; give a file name");
        }
        BasicFileAttributes found;
        try {
            found = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return;
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_WRITE, name, "cannot write (" + reason(e) + ")");
        }
        if (found.isRegularFile()) {
            return;
        }
        String what = found.isSymbolicLink() ? "a symbolic link, which is never followed (it could name any file);"
                + " give the path of the file itself"
                : found.isDirectory() ? "a directory; expected a file name"
                : "a " + kindOf(target) + ", not a regular file; nothing was written to it";
        throw BadInput.file(Code.NOT_A_FILE, name, "is " + what);
    }

    /** "device", "FIFO" or "socket", from the file's type bits where the system tells them. */
    private static String kindOf(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0020000, 0060000 -> "device";
                case 0010000 -> "FIFO (named pipe)";
                case 0140000 -> "socket";
                default -> "special file";
            };
        } catch (IOException | RuntimeException e) {
            return "special file";
        }
    }

    private static void move(Path temp, Path destination) throws IOException {
        try {
            Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so this only happens on file systems without rename (rare); still no truncation.
            Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    /** Makes the rename itself durable; some file systems cannot open a directory, which is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // the data is safe; only the rename might not survive a power cut
        }
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false; // already shutting down: nothing to register with
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is running or has run
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover hidden .tmp file is harmless; the target is intact
        }
    }

    /** What the operating system said, in the words people know. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the directory does not exist";
        }
        String message = e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        if (message == null || message.isBlank()) {
            return "input/output error";
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (lower.contains("disk quota")) {
            return "the disk quota is exceeded";
        }
        if (lower.contains("broken pipe")) {
            return "the program reading it has stopped";
        }
        if (lower.contains("bad file descriptor")) {
            return "it is closed";
        }
        return message.strip();
    }
}
