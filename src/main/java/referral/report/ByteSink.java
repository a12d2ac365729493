package referral.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array to build output in, reused from one batch of results to the next.
 * Unlike {@link java.io.ByteArrayOutputStream} its writes take no lock: a batch writes millions of
 * results into these, always from one thread at a time.
 */
public final class ByteSink extends OutputStream {
    private byte[] bytes;
    private int size;

    public ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int from, int length) {
        if (length > bytes.length - size) {
            grow(length);
        }
        System.arraycopy(b, from, bytes, size, length);
        size += length;
    }

    public int size() {
        return size;
    }

    /** Forgets what was written, keeping the room. */
    public void reset() {
        size = 0;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, java.nio.charset.StandardCharsets.UTF_8);
    }
}
