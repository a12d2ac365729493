package referral.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream, one at a time, in flat memory: a line longer than the limit is
 * skipped to its end and reported rather than held.
 */
final class LineInput {
    /** What {@link #next} gives for a line longer than the limit. */
    static final String TOO_LONG = new String("<too long>");

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

    /** The number of the line {@link #next} returned last, from 1. */
    int lineNumber() {
        return lineNumber;
    }

    /** Whether the next line can be had without waiting on the stream. */
    boolean ready() throws IOException {
        return pos < end || eof || in.available() > 0;
    }

    /** The next line without its end of line, {@link #TOO_LONG}, or null at the end of the input. */
    String next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    eof = true;
                    if (length == 0 && !tooLong) {
                        return null;
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
            return TOO_LONG;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int from = lineNumber == 1 && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(line, from, length - from, StandardCharsets.UTF_8);
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
