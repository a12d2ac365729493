package referral.cli;

import java.util.Map;

/**
 * Ids to values, looked up by a slice of a byte array, so that a batch can find the question or
 * choice a line names without making a String of it. Only ids written in printable ASCII are
 * kept (as bytes, UTF-8 and ASCII agree); any other id is never found, which is safe: the caller
 * then leaves the line to the general reader. Immutable once made.
 */
final class AsciiTable<V> {
    private final byte[][] keys;
    private final Object[] values;
    private final int mask;

    AsciiTable(Map<String, V> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1; // at most a third full
        keys = new byte[size][];
        values = new Object[size];
        mask = size - 1;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            byte[] key = ascii(e.getKey());
            if (key != null) {
                int k = hash(key, 0, key.length) & mask;
                while (keys[k] != null) {
                    k = (k + 1) & mask;
                }
                keys[k] = key;
                values[k] = e.getValue();
            }
        }
    }

    /** The value for the id in {@code bytes[from, to)}, or null. */
    @SuppressWarnings("unchecked")
    V get(byte[] bytes, int from, int to) {
        for (int k = hash(bytes, from, to) & mask; keys[k] != null; k = (k + 1) & mask) {
            if (same(keys[k], bytes, from, to)) {
                return (V) values[k];
            }
        }
        return null;
    }

    /** Ids are short: a plain loop beats the general comparison. */
    private static boolean same(byte[] key, byte[] bytes, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
            b[i] = (byte) c;
        }
        return b;
    }
}
