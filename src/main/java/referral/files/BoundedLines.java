package referral.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one reader of untrusted lines (a batch's JSON Lines, the answers typed in the plain mode):
 * UTF-8 bytes, a line at a time, in flat memory and linear time. A line longer than the limit is
 * never held ({@code BufferedReader.readLine} on {@code < /dev/zero} would fill the memory): it
 * is skipped to its end and reported as too long, and reading goes on with the next line.
 */
public final class BoundedLines {

    /** Where the lines go: the bytes of each, or only the place of one too long to keep. */
    public interface Sink {
        /** The line is {@code bytes[start, stop)}, without its end of line; the array is reused after. */
        void add(byte[] bytes, int start, int stop);

        void addTooLong();
    }

    /** Bytes that are not UTF-8: where the first wrong one is (from 0) and what it is. */
    public static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final int value;

        NotUtf8(int offset, int value) {
            super("not valid UTF-8 (byte 0x" + String.format(java.util.Locale.ROOT, "%02x", value) + ")", null, false, false);
            this.offset = offset;
            this.value = value;
        }

        /** The first wrong byte's offset from the start of the text given, from 0. */
        public int offset() {
            return offset;
        }

        public int value() {
            return value;
        }
    }

    /**
     * {@code bytes[from, to)} as text, strictly: bytes that are not UTF-8 are an error, never
     * replaced by U+FFFD (two different lines could otherwise become one).
     */
    public static String utf8(byte[] bytes, int from, int to) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NotUtf8(in.position() - from, bytes[in.position()] & 0xff);
        }
        return out.flip().toString();
    }

    /** One line without its line break; {@code bytes} is null when {@code tooLong}. */
    public record Line(long number, byte[] bytes, boolean tooLong, long length) {}

    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private int lineNumber;
    /** The length of the last line read, counted in full even when it was too long to keep. */
    private long lastLength;
    private boolean eof;

    public BoundedLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The number of the line {@link #next} read last, from 1. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Whether the next line can be had without waiting on the stream. */
    public boolean ready() throws IOException {
        return pos < end || eof || in.available() > 0;
    }

    /** The next line, copied out, or null at the end of the input. */
    public Line next() throws IOException {
        byte[][] kept = new byte[1][];
        boolean more = next(new Sink() {
            @Override
            public void add(byte[] bytes, int start, int stop) {
                kept[0] = Arrays.copyOfRange(bytes, start, stop);
            }

            @Override
            public void addTooLong() {
                kept[0] = null;
            }
        });
        return more ? new Line(lineNumber, kept[0], kept[0] == null, lastLength) : null;
    }

    /**
     * Gives the next line to {@code sink}, without its end of line (nor a byte order mark at the
     * start of the input), or as too long; false at the end of the input.
     */
    public boolean next(Sink sink) throws IOException {
        // The usual case: the whole line is in the buffer, and goes to the sink in one copy.
        for (int k = pos; k < end && k - pos <= maxLine; k++) {
            if (buffer[k] == '\n') {
                int start = pos;
                pos = k + 1;
                lineNumber++;
                add(sink, buffer, start, k);
                return true;
            }
        }
        int length = 0;
        long total = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    eof = true;
                    if (total == 0 && !tooLong) {
                        return false;
                    }
                    break;
                }
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            total += n;
            if (!tooLong) {
                if (length + n > maxLine + 1) { // one more than the limit, for a '\r' before the '\n'
                    tooLong = true;
                } else {
                    if (length + n > line.length) {
                        byte[] bigger = new byte[Math.min(maxLine + 1, Math.max(line.length * 2, length + n))];
                        System.arraycopy(line, 0, bigger, 0, length);
                        line = bigger;
                    }
                    System.arraycopy(buffer, start, line, length, n);
                    length += n;
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                break;
            }
        }
        lineNumber++;
        if (!tooLong && length > maxLine && line[length - 1] != '\r') {
            tooLong = true;
        }
        if (tooLong) {
            lastLength = total;
            sink.addTooLong();
            return true;
        }
        add(sink, line, 0, length);
        return true;
    }

    /** Gives {@code bytes[start, stop)} without a final carriage return, nor a byte order mark on line 1. */
    private void add(Sink sink, byte[] bytes, int start, int stop) {
        if (stop > start && bytes[stop - 1] == '\r') {
            stop--;
        }
        if (lineNumber == 1 && stop - start >= 3 && (bytes[start] & 0xff) == 0xEF
                && (bytes[start + 1] & 0xff) == 0xBB && (bytes[start + 2] & 0xff) == 0xBF) {
            start += 3;
        }
        lastLength = stop - start;
        sink.add(bytes, start, stop);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
