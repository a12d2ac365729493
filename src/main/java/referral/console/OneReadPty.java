package referral.console;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.spi.TerminalProvider;

/**
 * JLine's {@code exec} pty on {@code /dev/tty}, reading the terminal's settings with one
 * {@code stty -a} where JLine would start one for every question it asks (the settings when it
 * opens, again before raw mode, the size, the size again): each is a process, about 10 to 20 ms.
 *
 * <p>One {@code stty -a} says both the modes and the size. The modes it read (parsed once) stay
 * true until they are changed, after which the next question reads them afresh; the size stays
 * true until the terminal says it changed ({@link #sizeChanged}, on SIGWINCH).
 */
final class OneReadPty extends ExecPty {
    /** The last {@code stty -a} output, or null when it must be read again. */
    private String settings;
    /** Whether the modes have been changed since {@link #settings} was read (its size is still true). */
    private boolean modesChanged;
    /** The modes parsed from {@link #settings} (some sixty regular expressions), or null. */
    private Attributes modes;

    OneReadPty(TerminalProvider provider) {
        super(provider, null, "/dev/tty");
    }

    @Override
    protected synchronized String doGetConfig() throws IOException {
        if (settings == null) {
            settings = super.doGetConfig();
            modesChanged = false;
        }
        return settings;
    }

    @Override
    public synchronized Attributes getAttr() throws IOException {
        if (modesChanged) {
            settings = null;
            modes = null;
        }
        if (modes == null) {
            modes = super.getAttr();
        }
        return new Attributes(modes);
    }

    @Override
    protected synchronized void doSetAttr(Attributes attributes) throws IOException {
        super.doSetAttr(attributes);
        modesChanged = true;
    }

    @Override
    public synchronized Size getSize() throws IOException {
        return super.getSize();
    }

    /** The terminal was resized: the next size is read from the terminal. */
    synchronized void sizeChanged() {
        settings = null;
        modes = null;
    }
}
