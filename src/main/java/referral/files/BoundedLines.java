package referral.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line (JSON Lines, one answer set a line) without ever holding more than
 * {@code maxBytes} of one line: {@code BufferedReader.readLine} on an endless line (say
 * {@code < /dev/zero}) would fill the memory instead. A line over the limit is reported, skipped
 * to its end, and reading goes on with the next one.
 */
public final class BoundedLines {

    /** One line without its line break; {@code bytes} is null when {@code tooLong}. */
    public record Line(long number, byte[] bytes, boolean tooLong, long length) {}

    private final InputStream in;
    private final long maxBytes;
    private long number;

    public BoundedLines(InputStream in, long maxBytes) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 64 * 1024);
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        number++;
        while (b >= 0 && b != '\n') {
            length++;
            if (length <= maxBytes + 1) { // one more than the limit, for a '\r' before the '\n'
                line.write(b);
            }
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r' && length <= maxBytes + 1) {
            length--;
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        if (length > maxBytes) {
            return new Line(number, null, true, length);
        }
        return new Line(number, bytes, false, length);
    }
}
