package referral.console;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Curses;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import referral.console.tty.OneReadPty;
import referral.console.tty.Resizes;
import referral.console.tty.TtyTerminal;

/**
 * The real terminal, through JLine: keys in raw mode (Ctrl-C arrives as a key, not a signal),
 * the prompt region redrawn in place, a redraw on resize. {@link #close} puts the terminal back
 * as it was (echo, line mode, cursor) and runs even when the JVM is stopped by a signal.
 *
 * <p>Only this class touches JLine, and only {@code ask} on a terminal loads it, so {@code run}
 * and {@code next} never pay for it. The {@code exec} provider (a few {@code stty} calls) is
 * used because it needs nothing native and writes nothing to disk; the grapheme-cluster probe,
 * which writes a query to the terminal and waits for an answer some terminals never send, is off.
 */
public final class JLineTerminal implements Keyboard, Canvas, AutoCloseable {
    /** How long a lone Esc waits for the rest of an arrow key's sequence, which can arrive late over ssh. */
    private static final long ESCAPE_WAIT_MS = 150;
    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;

    private final Terminal terminal;
    /** What the terminal's character set can show; the rest gets ASCII stand-ins. */
    private final Glyphs glyphs;
    /** Our own pty when the terminal was opened through {@code /dev/tty}; null when the builder made it. */
    private final OneReadPty pty;
    /**
     * Where keys typed before the first frame wait (see {@link #listen}): the pty's device, standard
     * input (the builder's terminal reads it; the caller knows it is this terminal), or nowhere (the
     * made-up terminal of the class-data training run, whose keys are the session played).
     */
    private enum Typeahead { PTY, STANDARD_INPUT, NONE }

    private final Typeahead typeahead;
    /** Set by {@link #listen} once the first frame is on the screen: from then on keys are read. */
    private volatile boolean listening;
    /** Opened by {@link #listen}: the key reader reads nothing before. */
    private final CountDownLatch firstFrame = new CountDownLatch(1);
    private volatile Attributes original;
    private Display display;
    private boolean color;
    private final BlockingQueue<Key> keys = new LinkedBlockingQueue<>();
    /** Set by {@link #start}: from then on, any way out must put the terminal back. */
    private volatile Thread restoreOnExit;
    private Size size;
    private boolean closed;
    /** Null until {@link #start} gets that far: a shutdown hook may restore the terminal before. */
    private volatile Resizes resizes;

    private JLineTerminal(Terminal terminal, OneReadPty pty, Typeahead typeahead) throws IOException {
        this.terminal = terminal;
        this.glyphs = new Glyphs(terminal.encoding());
        this.pty = pty;
        this.typeahead = typeahead;
        // Reads the size and capabilities only, so it is made before the session is known to be
        // full screen, while the command line is still being read.
        this.size = usable(terminal.getSize());
        this.display = new Display(terminal, false);
        display.resize(size);
    }

    /**
     * Opens the terminal without changing any of its modes: {@link #start} does that, once it is
     * sure the session is full screen, and {@link #close} of a terminal never started changes nothing.
     *
     * <p>The caller already knows standard input and output are a terminal, so the terminal is
     * opened straight through {@code /dev/tty} with the {@code exec} provider: JLine's builder
     * would first start {@code test -t} five times and {@code tty} once to find that out, each a
     * process. Its pty is {@link OneReadPty}, which asks {@code stty} once where JLine would ask
     * four times, and the terminal is a {@link TtyTerminal}, which reads the capabilities JLine
     * carries (xterm, screen, rxvt and their 256-colour kinds) in one pass and without starting
     * {@code infocmp}. Every process saved brings the first question sooner (bench/README.md, "Timings behind the code"). The
     * builder is the fallback.
     */
    static JLineTerminal open() throws IOException {
        // JLine's default "non-blocking" pty reads change the terminal's settings around every read
        // (VMIN/VTIME, through stty). A read in flight when the session ends puts raw mode back
        // right after close restored the terminal, leaving the shell without echo. Plain blocking
        // reads on JLine's own reader thread touch no settings.
        if (System.getProperty(TerminalBuilder.PROP_NON_BLOCKING_READS) == null) {
            System.setProperty(TerminalBuilder.PROP_NON_BLOCKING_READS, "false");
        }
        String type = System.getenv("TERM");
        if (type != null && Files.isReadable(Path.of("/dev/tty"))) {
            try {
                OneReadPty pty = new OneReadPty(new ExecTerminalProvider(), "/dev/tty");
                // The JVM's default character set is the locale's (US-ASCII under LANG=C on JDK 17,
                // which printed 38 °C as 38 ?C); the terminal may well show UTF-8 all the same.
                // The same stty that JLine reads the modes from says so (iutf8), at no extra cost.
                Charset encoding = Glyphs.forTerminal(System.getenv(),
                        pty.getAttr().getInputFlag(Attributes.InputFlag.IUTF8));
                return around(new TtyTerminal(type, pty, encoding), pty, Typeahead.PTY);
            } catch (IOException | RuntimeException e) {
                // fall through to the builder, which tries harder
            }
        }
        Terminal terminal = TerminalBuilder.builder()
                .system(true)
                .provider(TerminalBuilder.PROP_PROVIDER_EXEC)
                .graphemeCluster(false)
                .encoding(Glyphs.forTerminal(System.getenv(), false))
                .nativeSignals(false) // SIGWINCH is handled by Resizes, see TtyTerminal
                .build();
        return around(terminal, null, Typeahead.STANDARD_INPUT);
    }

    private static JLineTerminal around(Terminal terminal, OneReadPty pty, Typeahead typeahead) throws IOException {
        try {
            return new JLineTerminal(terminal, pty, typeahead);
        } catch (IOException | RuntimeException e) {
            terminal.close();
            throw e;
        }
    }

    /** A terminal of the given type on a pty made here (the class-data training run draws on one). */
    public static JLineTerminal over(Pty pty, String type) throws IOException {
        return around(new TtyTerminal(type, pty, StandardCharsets.UTF_8), null, Typeahead.NONE);
    }

    /** How many bytes of input wait unread; 0 when that cannot be known. */
    private int waitingInput() {
        return switch (typeahead) {
            case PTY -> pty.waitingInput();
            case STANDARD_INPUT -> waitingOnStandardInput();
            case NONE -> 0;
        };
    }

    private static int waitingOnStandardInput() {
        try {
            // Not closed: closing it would close standard input.
            return new FileInputStream(FileDescriptor.in).available();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Raw mode (keys one by one, Ctrl-C a key rather than a signal), cursor hidden; keys are read from the first frame on. */
    void start(boolean color) throws IOException {
        this.color = color;
        // The hook first: from the moment raw mode is on, any way out must undo it.
        Thread hook = new Thread(this::restoreOnSignal, "referral-restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
        restoreOnExit = hook;
        this.original = terminal.enterRawMode();
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        this.resizes = Resizes.watch(() -> {
            if (pty != null) {
                pty.sizeChanged();
            }
            keys.add(Key.of(Key.Kind.RESIZE));
        });
        // Started now, so that it gets ready (its key map) beside the tree's loading; it reads
        // nothing before the first frame (listen).
        Thread reader = new Thread(this::readKeys, "referral-keys");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Keys typed before the first frame is on the screen are thrown away, and keys are read from
     * then on. Kept, they would answer questions nobody has seen yet, and the first question is a
     * red flag: "n" ticks its "None of these" and Enter goes on, so a key pressed while the program
     * was starting, meant for nothing or for the shell, could answer "none" to the emergency signs.
     * A person who typed ahead sees the first question with nothing chosen and answers it, which
     * costs a key press or two. Ctrl-C among them still stops.
     *
     * <p>They wait in the terminal's input, unread (the key reader waits for this), so exactly as
     * many bytes as the kernel says are waiting are read and dropped; what is typed after the first
     * frame was flushed is kept.
     */
    private synchronized void listen() {
        if (listening || closed) {
            return;
        }
        listening = true;
        int waiting = waitingInput();
        try {
            boolean interrupt = false;
            for (int i = 0; i < waiting; i++) {
                int b = terminal.input().read();
                if (b < 0) {
                    break;
                }
                interrupt |= b == CTRL_C || b == CTRL_D;
            }
            if (interrupt) {
                keys.add(Key.of(Key.Kind.INTERRUPT));
            }
        } catch (IOException e) {
            // the key reader meets the same trouble and stops the session as at the end of input
        }
        firstFrame.countDown();
    }

    @Override
    public Key read() {
        if (!listening) {
            listen(); // a frame is always drawn first; this only keeps a read from waiting for ever
        }
        try {
            return keys.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Key.of(Key.Kind.INTERRUPT);
        }
    }

    /**
     * One less than the terminal is wide: a line that fills the last column makes some terminals
     * wrap early (on a terminal 20 wide, 20 was one too many).
     */
    @Override
    public int columns() {
        return Math.max(10, size.getColumns() - 1);
    }

    @Override
    public int rows() {
        return size.getRows();
    }

    @Override
    public synchronized void draw(List<Line> lines) {
        List<AttributedString> shown = new ArrayList<>();
        for (Line line : lines) {
            shown.add(new AttributedString(glyphs.shown(line.text()), style(line.look())));
        }
        int last = shown.isEmpty() ? 0 : shown.size() - 1;
        int column = shown.isEmpty() ? 0 : Math.min(shown.get(last).columnLength(), size.getColumns() - 1);
        boolean first = !listening;
        if (first) {
            clearEchoedTypeahead();
        }
        display.update(shown, size.cursorPos(last, column));
        terminal.flush();
        if (first) {
            listen();
        }
    }

    /**
     * Keys typed before raw mode were echoed by the terminal wherever its cursor was, and the
     * display draws relative to the cursor, which it takes to be at the start of a line: one stray
     * "n" shifted every line it later redrew ("nQuestion 4"). Where the echo went is not known
     * (a long paste wraps, Enter moves down), so when anything was typed ahead the screen is
     * cleared and the first frame drawn at the top; otherwise it is drawn where the cursor is, as
     * always, and the screen above is left alone.
     */
    private void clearEchoedTypeahead() {
        if (waitingInput() > 0) {
            terminal.puts(Capability.clear_screen);
        }
    }

    @Override
    public synchronized void print(String ansiText) {
        boolean first = !listening;
        if (first) {
            clearEchoedTypeahead();
        }
        display.update(List.of(), 0);
        terminal.writer().print(glyphs.shown(ansiText));
        terminal.writer().flush();
        display.reset();
        if (first) {
            listen();
        }
    }

    /**
     * The terminal has re-flowed what was on the screen to the new width in its own way, so
     * what the display thinks is there is no longer true: clear the screen and draw afresh at the top.
     */
    @Override
    public synchronized void resized() {
        size = usable(terminal.getSize());
        terminal.puts(Capability.clear_screen);
        terminal.flush();
        display = new Display(terminal, false);
        display.resize(size);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        Thread hook = restoreOnExit;
        if (hook == null) {
            closeUnstarted();
            return;
        }
        try {
            display.update(List.of(), 0);
        } catch (RuntimeException ignored) {
            // restoring the terminal below matters more than a tidy screen
        }
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it does the same
        }
    }

    /** Never started, so no mode was changed: closing it changes none either (see OneReadPty). */
    private void closeUnstarted() {
        closed = true;
        try {
            terminal.close();
        } catch (IOException | RuntimeException | java.io.IOError ignored) {
            // nothing was changed, so nothing is left to put back
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stopped by a signal (kill, hang-up): JLine's own shutdown hook may already have closed the
     * terminal, and a closed terminal writes nothing, so the cursor is shown again straight on
     * standard output, which is this terminal.
     */
    private void restoreOnSignal() {
        try {
            restore();
        } finally {
            String show = terminal.getStringCapability(Capability.cursor_normal);
            if (show != null) {
                System.out.print(Curses.tputs(show) + System.lineSeparator());
                System.out.flush();
            }
        }
    }

    /** Each step on its own: a terminal half closed (by JLine's hook, or a hang-up) still gets the rest. */
    private synchronized void restore() {
        if (closed) {
            return;
        }
        closed = true;
        firstFrame.countDown(); // a key reader still waiting for it finds the terminal closed and ends
        if (resizes != null) {
            resizes.stop();
        }
        try {
            terminal.puts(Capability.cursor_normal);
            terminal.flush();
        } catch (RuntimeException alreadyClosed) {
            // restoreOnSignal shows the cursor another way
        }
        try {
            if (original != null) {
                terminal.setAttributes(original);
            }
        } catch (RuntimeException | java.io.IOError alreadyRestored) {
            // JLine's close restores the same attributes; or the terminal is gone (a hang-up), when
            // stty fails and JLine wraps that in an error that would otherwise print a stack trace
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException | java.io.IOError ignored) {
            // nothing more can be done for a terminal that will not close
        }
    }

    /** The key reader thread: turns what JLine reads into {@link Key}s until the terminal closes or goes away. */
    private void readKeys() {
        try {
            KeyMap<Key.Kind> map = keyMap();
            BindingReader reader = new BindingReader(terminal.reader());
            firstFrame.await();
            Key.Kind kind;
            while ((kind = reader.readBinding(map)) != null) {
                if (kind != Key.Kind.CHAR) {
                    keys.add(Key.of(kind));
                } else if (reader.getLastBinding() != null && reader.getLastBinding().length() == 1) {
                    keys.add(Key.ch(reader.getLastBinding().charAt(0)));
                }
            }
        } catch (RuntimeException | java.io.IOError e) {
            // JLine interrupts its reader, or refuses to give one, once the terminal is closed.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!isClosed()) {
            // End of input while the session runs: the terminal went away. Stop as Ctrl-C would.
            keys.add(Key.of(Key.Kind.INTERRUPT));
        }
    }

    private KeyMap<Key.Kind> keyMap() {
        KeyMap<Key.Kind> map = new KeyMap<>();
        for (char c = ' '; c <= '~'; c++) {
            map.bind(Key.Kind.CHAR, Character.toString(c));
        }
        map.bind(Key.Kind.SPACE, " ");
        map.setUnicode(Key.Kind.CHAR);
        map.bind(Key.Kind.UP, "\033[A", "\033OA");
        map.bind(Key.Kind.DOWN, "\033[B", "\033OB");
        map.bind(Key.Kind.HOME, "\033[H", "\033OH", "\033[1~");
        map.bind(Key.Kind.END, "\033[F", "\033OF", "\033[4~");
        map.bind(Key.Kind.PAGE_UP, "\033[5~");
        map.bind(Key.Kind.PAGE_DOWN, "\033[6~");
        bindCapability(map, Key.Kind.UP, Capability.key_up);
        bindCapability(map, Key.Kind.DOWN, Capability.key_down);
        bindCapability(map, Key.Kind.HOME, Capability.key_home);
        bindCapability(map, Key.Kind.END, Capability.key_end);
        bindCapability(map, Key.Kind.PAGE_UP, Capability.key_ppage);
        bindCapability(map, Key.Kind.PAGE_DOWN, Capability.key_npage);
        map.bind(Key.Kind.ENTER, "\r", "\n");
        map.bind(Key.Kind.BACKSPACE, "\177", "\b");
        map.bind(Key.Kind.ESCAPE, "\033");
        map.bind(Key.Kind.INTERRUPT, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        map.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        return map;
    }

    private void bindCapability(KeyMap<Key.Kind> map, Key.Kind kind, Capability capability) {
        String seq = KeyMap.key(terminal, capability);
        if (seq != null && !seq.isEmpty()) {
            map.bind(kind, seq);
        }
    }

    private AttributedStyle style(Line.Look look) {
        AttributedStyle s = AttributedStyle.DEFAULT;
        return switch (look) {
            case NORMAL -> s;
            case TITLE -> s.bold();
            case DIM -> color ? s.faint() : s;
            case CURRENT -> color ? s.bold().foreground(AttributedStyle.CYAN) : s.bold();
            case PROBLEM -> color ? s.bold().foreground(AttributedStyle.RED) : s.bold();
            // The urgency banners, coloured as referral.report.Style colours them in text.
            case EMERGENCY -> color ? s.bold().foreground(AttributedStyle.WHITE | AttributedStyle.BRIGHT)
                    .background(AttributedStyle.RED) : s.bold();
            case URGENT -> color ? s.bold().foreground(AttributedStyle.RED) : s.bold();
            case SOON -> color ? s.bold().foreground(AttributedStyle.YELLOW) : s.bold();
            case ROUTINE -> color ? s.bold().foreground(AttributedStyle.CYAN) : s.bold();
            case SELF_CARE -> color ? s.bold().foreground(AttributedStyle.GREEN) : s.bold();
        };
    }

    private static Size usable(Size s) {
        int cols = s.getColumns() > 0 ? s.getColumns() : 80;
        int rows = s.getRows() > 0 ? s.getRows() : 24;
        return Size.of(cols, rows);
    }
}
