package referral.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a property over many random seeds. The budget is short in every build and longer on request:
 * <pre>
 *   mvn -B test -Dtest='*PropertiesTest' -Dreferral.fuzz.tries=20000
 * </pre>
 * A failure names the seed of the failing try; {@code -Dreferral.fuzz.seed=SEED -Dreferral.fuzz.tries=1}
 * replays exactly that try. Without a seed each run explores new inputs.
 */
final class Tries {
    static final int DEFAULT_TRIES = 100;
    /** Spreads consecutive tries over the seed space (the 64-bit golden ratio). */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Tries() {}

    @FunctionalInterface
    interface Property {
        void holdsFor(long seed) throws Exception;
    }

    static int count() {
        return Integer.getInteger("referral.fuzz.tries", DEFAULT_TRIES);
    }

    static void forEachSeed(String name, Property property) throws Exception {
        long first = Long.getLong("referral.fuzz.seed", System.nanoTime() ^ name.hashCode());
        int tries = count();
        for (int i = 0; i < tries; i++) {
            long seed = first + i * GAMMA;
            try {
                property.holdsFor(seed);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(name + " fails for seed " + seed + " (try " + (i + 1) + " of " + tries
                        + "); replay with -Dreferral.fuzz.seed=" + seed + " -Dreferral.fuzz.tries=1: " + e.getMessage(), e);
            }
        }
    }

    /** Keeps a failing input for a person to look at, under target/ (never in the source tree). */
    static Path keep(String name, long seed, byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            return Files.write(dir.resolve(name + "-" + seed + ".bin"), input);
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }
}
