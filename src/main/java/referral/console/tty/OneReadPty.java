package referral.console.tty;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.ExecHelper;
import org.jline.utils.OSUtils;

/**
 * JLine's {@code exec} pty on {@code /dev/tty}, reading the terminal's settings with one
 * {@code stty -a} where JLine would start one for every question it asks (the settings when it
 * opens, again before raw mode, the size, the size again): each is a process (what one costs:
 * bench/README.md, "Timings behind the code").
 *
 * <p>One {@code stty -a} says both the modes and the size. The modes it read (parsed once) stay
 * true until they are changed, after which the next question reads them afresh; the size stays
 * true until the terminal says it changed ({@link #sizeChanged}, on SIGWINCH).
 *
 * <p>That first {@code stty -a} is started as soon as the pty is made, so that it runs while
 * JLine gets ready (its classes, the terminal's capabilities) rather than before.
 */
public final class OneReadPty extends ExecPty {
    /** The last {@code stty -a} output, or null when it must be read again. */
    private String settings;
    /** Whether the modes have been changed since {@link #settings} was read (its size is still true). */
    private boolean modesChanged;
    /** The modes read from {@link #settings} (by {@link SttySettings}, in one pass), or null. */
    private Attributes modes;

    /** The first {@code stty -a}, started by the constructor and not yet read; then null. */
    private Process firstRead;

    /** The device as the terminal reads it, once JLine has opened it; asked how many bytes wait. */
    private volatile FileInputStream device;

    /** The pty of the terminal device {@code device} ({@code /dev/tty}); its settings are asked for at once. */
    public OneReadPty(TerminalProvider provider, String device) throws IOException {
        super(provider, null, device);
        ProcessBuilder stty = new ProcessBuilder(OSUtils.STTY_COMMAND, OSUtils.STTY_F_OPTION, getName(), "-a");
        // As JLine runs it: the C locale, whose wording its parser knows.
        Map<String, String> env = stty.environment();
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        firstRead = stty.start();
    }

    @Override
    protected synchronized String doGetConfig() throws IOException {
        if (settings == null) {
            settings = firstRead == null ? super.doGetConfig() : awaitFirstRead();
            modesChanged = false;
        }
        return settings;
    }

    private String awaitFirstRead() throws IOException {
        Process stty = firstRead;
        firstRead = null;
        try {
            String out = ExecHelper.waitAndCapture(stty);
            if (stty.exitValue() != 0) {
                throw new IOException("Error executing 'stty -a': " + out);
            }
            return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the terminal's settings");
        }
    }

    @Override
    public synchronized Attributes getAttr() throws IOException {
        if (modesChanged) {
            settings = null;
            modes = null;
        }
        if (modes == null) {
            modes = SttySettings.parse(doGetConfig());
        }
        return new Attributes(modes);
    }

    /**
     * Sets the modes with one {@code stty}, its words written by {@link SttySettings#changes};
     * none at all when the modes are already so (closing a terminal whose modes were never changed).
     */
    @Override
    protected synchronized void doSetAttr(Attributes attributes) throws IOException {
        List<String> changes = SttySettings.changes(attributes, getAttr());
        if (changes.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(changes.size() + 3);
        command.add(OSUtils.STTY_COMMAND);
        command.add(OSUtils.STTY_F_OPTION);
        command.add(getName());
        command.addAll(changes);
        modesChanged = true;
        Process stty = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = ExecHelper.waitAndCapture(stty);
            if (stty.exitValue() != 0) {
                throw new IOException("stty could not change the terminal's modes: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while changing the terminal's modes");
        }
    }

    @Override
    public synchronized Size getSize() throws IOException {
        return SttySettings.size(doGetConfig());
    }

    @Override
    protected InputStream doGetSlaveInput() throws IOException {
        InputStream in = super.doGetSlaveInput();
        if (in instanceof FileInputStream file) {
            device = file;
        }
        return in;
    }

    /**
     * How many bytes of input wait to be read (typed and not read yet); 0 when that cannot be
     * known. The kernel says (the same count a {@code read} would find), so nothing is read and
     * nothing waits.
     */
    public int waitingInput() {
        FileInputStream in = device;
        try {
            return in == null ? 0 : in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The terminal was resized: the next size is read from the terminal. */
    public synchronized void sizeChanged() {
        settings = null;
        modes = null;
    }
}
