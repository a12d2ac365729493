package referral.files;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A process that saves a large file through {@link AtomicFile}, slowly, so that a test can
 * signal it mid-save: {@code SlowSave TARGET MEGABYTES FILL}. Prints "saving" when it starts
 * writing and "saved" when done.
 */
public final class SlowSave {
    private SlowSave() {}

    public static void main(String[] args) throws Exception {
        // What the JVM does on Ctrl-C (run the shutdown hooks, exit 130), installed explicitly because a
        // process started from a background job inherits SIGINT as ignored, and the test would prove nothing.
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> System.exit(130));
        Path target = Path.of(args[0]);
        int megabytes = Integer.parseInt(args[1]);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) args[2].charAt(0));
        AtomicFile.write(target, out -> {
            System.out.println("saving");
            System.out.flush();
            for (int i = 0; i < megabytes * 16; i++) {
                out.write(chunk);
                Thread.sleep(1); // long enough to be caught in the middle
            }
        });
        System.out.println("saved");
    }
}
