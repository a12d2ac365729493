package referral.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads UTF-8 lines from a stream, one at a time, in flat memory: a line longer than the limit is
 * skipped to its end and reported rather than held.
 */
final class LineInput {
    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private int lineNumber;
    private boolean eof;

    LineInput(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The number of the line {@link #next} read last, from 1. */
    int lineNumber() {
        return lineNumber;
    }

    /** Whether the next line can be had without waiting on the stream. */
    boolean ready() throws IOException {
        return pos < end || eof || in.available() > 0;
    }

    /**
     * Adds the next line to {@code chunk}, without its end of line (nor a byte order mark at the
     * start of the input), or as too long; false at the end of the input.
     */
    boolean next(LineChunk chunk) throws IOException {
        // The usual case: the whole line is in the buffer, and goes to the chunk in one copy.
        for (int k = pos; k < end && k - pos <= maxLine; k++) {
            if (buffer[k] == '\n') {
                int start = pos;
                pos = k + 1;
                lineNumber++;
                add(chunk, buffer, start, k);
                return true;
            }
        }
        int length = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    eof = true;
                    if (length == 0 && !tooLong) {
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
            if (!tooLong) {
                if (length + n > maxLine) {
                    tooLong = true;
                } else {
                    if (length + n > line.length) {
                        byte[] bigger = new byte[Math.min(maxLine, Math.max(line.length * 2, length + n))];
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
        if (tooLong) {
            chunk.addTooLong();
            return true;
        }
        add(chunk, line, 0, length);
        return true;
    }

    /** Adds {@code bytes[start, stop)} without a final carriage return, nor a byte order mark on line 1. */
    private void add(LineChunk chunk, byte[] bytes, int start, int stop) {
        if (stop > start && bytes[stop - 1] == '\r') {
            stop--;
        }
        if (lineNumber == 1 && stop - start >= 3 && (bytes[start] & 0xff) == 0xEF
                && (bytes[start + 1] & 0xff) == 0xBB && (bytes[start + 2] & 0xff) == 0xBF) {
            start += 3;
        }
        chunk.add(bytes, start, stop);
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
