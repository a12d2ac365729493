package referral.console.tty;

import java.io.IOException;
import java.nio.charset.Charset;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;
import referral.console.JLineTerminal;

/**
 * JLine's terminal on a pty, with two things done more cheaply on the way to the first question:
 * the capabilities of the bundled terminal types are read by {@link TerminalCapabilities}, and no
 * signal is handed to JLine. Its signal handling goes through reflection and a proxy class made at
 * run time, and it would set SIGINT back to the system's default, which ends the JVM without
 * running its shutdown hooks, so without putting the terminal back. {@link JLineTerminal} handles
 * the one signal it needs, SIGWINCH, itself.
 */
public final class TtyTerminal extends PosixSysTerminal {

    public TtyTerminal(String type, Pty pty, Charset encoding) throws IOException {
        super("referral", type, pty, encoding, encoding, encoding, false, SignalHandler.SIG_DFL);
    }

    @Override
    protected void parseInfoCmp() {
        if (TerminalCapabilities.read(type, bools, ints, strings)) {
            detectTrueColorSupport();
        } else {
            super.parseInfoCmp();
        }
    }
}
