package referral.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Shown;

/** Reads whole input files (or standard input) with a size bound, naming the file in every error. */
public final class InputFiles {
    private InputFiles() {}

    /** Standard input, as messages name it. */
    public static final String STDIN = "<stdin>";

    /** The bytes read, or {@code null} as {@code tooLarge} says when the bound was passed. */
    public record Content(String name, byte[] bytes, boolean tooLarge, long size) {}

    /** A file name given on the command line as a path; a name the system cannot use is a file problem. */
    public static Path path(String name) throws BadInput {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw BadInput.file(Code.NOT_A_FILE, Shown.text(name), "not a usable file name (" + e.getReason() + ")");
        }
    }

    public static Content read(Path path, long maxBytes) throws BadInput {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw BadInput.file(Code.NOT_A_FILE, name, "is a directory; expected a file");
        }
        try {
            if (Files.isRegularFile(path)) {
                long size = Files.size(path);
                if (size > maxBytes) {
                    return new Content(name, null, true, size);
                }
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(name, in, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw BadInput.file(Code.NO_SUCH_FILE, name, "no such file");
        } catch (AccessDeniedException e) {
            throw BadInput.file(Code.PERMISSION_DENIED, name, "permission denied");
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_READ, name, "cannot read (" + reason(e) + ")");
        }
    }

    /**
     * A file opened to be read as a stream (a batch's input, which may be larger than memory), with
     * the same one-line problems as {@link #read}.
     */
    public static InputStream open(Path path) throws BadInput {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw BadInput.file(Code.NOT_A_FILE, name, "is a directory; expected a file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw BadInput.file(Code.NO_SUCH_FILE, name, "no such file");
        } catch (AccessDeniedException e) {
            throw BadInput.file(Code.PERMISSION_DENIED, name, "permission denied");
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_READ, name, "cannot read (" + reason(e) + ")");
        }
    }

    public static Content readStdin(InputStream in, long maxBytes) throws BadInput {
        try {
            return readBounded(STDIN, in, maxBytes);
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_READ, STDIN, "cannot read (" + reason(e) + ")");
        }
    }

    private static Content readBounded(String name, InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            if (total > maxBytes) {
                return new Content(name, null, true, total);
            }
            buffer.write(chunk, 0, n);
        }
        return new Content(name, buffer.toByteArray(), false, total);
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }
}
