package referral.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import referral.diagnostics.Shown;

/** Reads whole input files (or standard input) with a size bound, naming the file in every error. */
public final class InputFiles {
    private InputFiles() {}

    /** The bytes read, or {@code null} as {@code tooLarge} says when the bound was passed. */
    public record Content(String name, byte[] bytes, boolean tooLarge, long size) {}

    /** A file name given on the command line as a path; a name the system cannot use is a file problem. */
    public static Path path(String name) throws FileProblem {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new FileProblem(Shown.text(name) + ": not a usable file name (" + e.getReason() + ")");
        }
    }

    public static Content read(Path path, long maxBytes) throws FileProblem {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new FileProblem(name + ": is a directory; expected a file");
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
            throw new FileProblem(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new FileProblem(name + ": permission denied");
        } catch (IOException e) {
            throw new FileProblem(name + ": cannot read (" + reason(e) + ")");
        }
    }

    public static Content readStdin(InputStream in, long maxBytes) throws FileProblem {
        try {
            return readBounded("<stdin>", in, maxBytes);
        } catch (IOException e) {
            throw new FileProblem("<stdin>: cannot read (" + reason(e) + ")");
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
