package referral.cli;

import sun.misc.Signal;

/**
 * What the process says when a signal stops it. Ctrl-C (SIGINT) leaves
 * {@code referral: interrupted} and exit 130, SIGTERM {@code referral: stopped (SIGTERM)} and exit
 * 143, each in one line on standard error, with what was kept ({@code ; answers saved to a.yaml})
 * when a command says so. The exit codes are the shell's (128 and the signal's number), so a
 * script can tell a person's Ctrl-C from another program's request to stop.
 *
 * <p>Either way the JVM's shutdown hooks run: a save in progress leaves the old file or the new
 * one, the terminal is put back. A command blocked in a read that never ends (a FIFO nobody
 * writes to) stops all the same, as the JVM exits without waiting for it.
 */
public final class Interruption {
    private volatile String kept = "";

    /** Said after the line: "; answers saved to a.yaml", or "" for nothing. */
    void kept(String what) {
        this.kept = what;
    }

    /** Handles SIGINT and SIGTERM from now on, for the whole process (only {@link Main#main} calls it). */
    void install(Io io) {
        handle("INT", "interrupted", ExitCode.INTERRUPTED, io);
        handle("TERM", "stopped (SIGTERM)", ExitCode.TERMINATED, io);
    }

    private void handle(String signal, String what, int exit, Io io) {
        try {
            Signal.handle(new Signal(signal), s -> {
                // On a terminal the cursor may sit after a prompt or a "^C": start a line of its own.
                io.err().print((io.terminal() ? "\n" : "") + "referral: " + what + kept + "\n");
                io.err().flush();
                System.exit(exit);
            });
        } catch (IllegalArgumentException notHere) {
            // a system without this signal, or one the JVM keeps for itself: its default stays
        }
    }
}
