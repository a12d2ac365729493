package referral.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the terminal that plain Java can learn cheaply. */
final class Terminal {
    private Terminal() {}

    /**
     * Whether standard input and output are both a terminal, as {@link System#console()} tells.
     * On Linux the links in {@code /proc/self/fd} say it in a fraction of a millisecond, where
     * {@code System.console()} takes about 9 ms on a terminal (it sets up a reader, a writer and
     * a formatter that are never used); elsewhere it is asked.
     */
    static boolean atBothEnds() {
        try {
            return isTerminal(Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString())
                    && isTerminal(Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString());
        } catch (IOException | RuntimeException noProc) {
            return System.console() != null;
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
