package referral.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the terminal that plain Java can learn cheaply. */
final class Terminal {
    private Terminal() {}

    /**
     * Whether standard input and output are both a terminal, as {@link System#console()} tells.
     * On Linux the links in {@code /proc/self/fd} say it at once, where {@code System.console()}
     * sets up a reader, a writer and a formatter that are never used (its cost: bench/README.md, "Timings behind the code");
     * elsewhere it is asked.
     */
    static boolean atBothEnds() {
        String in = descriptor(0);
        String out = descriptor(1);
        if (in == null || out == null) {
            return System.console() != null;
        }
        return isTerminal(in) && isTerminal(out);
    }

    /**
     * Whether standard input was closed when the process started ({@code <&-}): descriptor 0 is
     * then the first file the JVM opened for itself, its own {@code lib/modules} (on JDK 17 and 25,
     * with and without class data), which would otherwise be read as the user's input.
     */
    static boolean inputClosed() {
        String in = descriptor(0);
        String home = System.getProperty("java.home");
        return in != null && home != null && in.startsWith(home + "/");
    }

    /** What descriptor {@code fd} names, from {@code /proc/self/fd} on Linux; null elsewhere. */
    private static String descriptor(int fd) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (IOException | RuntimeException noProc) {
            return null;
        }
    }

    /** Whether this device name (a link in {@code /proc/self/fd}) is a terminal: a pty, a console, a serial line. */
    static boolean isTerminal(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }

    /** The width to wrap text at: $COLUMNS when set, else 80. */
    static int width(Io io) {
        String columns = io.env().get("COLUMNS");
        if (columns != null) {
            try {
                int w = Integer.parseInt(columns.strip());
                if (w >= 20 && w <= 1000) {
                    return Math.min(w, 100);
                }
            } catch (NumberFormatException e) {
                // fall back to the default
            }
        }
        return 80;
    }
}
