package referral.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Sized;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import referral.console.Console;
import referral.console.Interrupted;
import referral.console.JLineTerminal;
import referral.console.tty.OneReadPty;
import referral.console.tty.SttySettings;
import referral.rules.Tree;

/**
 * A full-screen session played on a made-up terminal, for the launcher's class-data training run
 * ({@code referral.build.Training}): the classes, lambdas and method handles that {@code ask} uses
 * on a real terminal are then in the archive, so a person's first question comes sooner. The
 * training run has no terminal of its own, and must neither touch the one it may have been
 * started from nor write anything: the made-up terminal is a {@link Pty} in memory, the one
 * process started, the {@code stty} a real session starts, asks about {@code /dev/null}, which
 * is no terminal, and the result is not offered for saving.
 */
public final class Rehearsal {
    private Rehearsal() {}

    /** Keys a person might press: move, help, choose, type a number, go back, what next; then the input ends. */
    private static final String KEYS = "jk??\r" + "30\r".repeat(12) + "\033[A\033[B \r\033\r" + "30\r".repeat(12) + "m\r";

    /** What {@code stty -a} says of a terminal in its usual line mode (Linux). */
    private static final String LINE_MODE = "speed 38400 baud; rows 24; columns 80; line = 0;\n"
            + "intr = ^C; quit = ^\\; erase = ^?; kill = ^U; eof = ^D; eol = <undef>;\n"
            + "eol2 = <undef>; swtch = <undef>; start = ^Q; stop = ^S; susp = ^Z; rprnt = ^R;\n"
            + "werase = ^W; lnext = ^V; discard = ^O; min = 1; time = 0;\n"
            + "-parenb -parodd -cmspar cs8 -hupcl -cstopb cread -clocal -crtscts\n"
            + "-ignbrk brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr icrnl ixon -ixoff\n"
            + "-iuclc -ixany imaxbel iutf8\n"
            + "opost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0\n"
            + "isig icanon iexten echo echoe echok -echonl -noflsh -xcase -tostop -echoprt\n"
            + "echoctl echoke -flusho -extproc";

    /** Plays a session of {@code tree} to its end; everything it draws is thrown away. */
    public static void run(Tree tree) {
        askStty();
        String type = System.getenv("TERM") == null ? "xterm-256color" : System.getenv("TERM");
        try {
            play(tree, type, KEYS, OutputStream.nullOutputStream());
        } catch (Interrupted | referral.diagnostics.BadInput | RuntimeException e) {
            // the keys ran out (or a screen refused them): only the classes matter
        }
    }

    /**
     * A full-screen session on a terminal of type {@code type} that reads {@code keys} and shows
     * what is drawn on {@code screen}; its result, or {@link Interrupted} when the keys run out first.
     */
    static referral.report.Recommendation play(Tree tree, String type, String keys, OutputStream screen)
            throws Interrupted, referral.diagnostics.BadInput {
        PrintStream unused = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Console console = Console.begin(() -> JLineTerminal.over(new MadeUpPty(keys, screen), type));
        console.decide(true, true);
        return console.run(tree, new Console.Options(true, 80, true, null, Map.of(), false), InputStream.nullInputStream(),
                unused, unused);
    }

    /**
     * The process a real session starts first, on a device that is no terminal, so it fails
     * harmlessly; and the other questions a real session asks of the system before it.
     */
    private static void askStty() {
        java.nio.file.Files.isReadable(java.nio.file.Path.of("/dev/tty"));
        SystemStream.values();
        try {
            new OneReadPty(new ExecTerminalProvider(), "/dev/null").getAttr();
        } catch (IOException | RuntimeException expected) {
            // stty: /dev/null: Inappropriate ioctl for device
        }
    }

    /** A pty in memory: the keys to read, where its output goes, modes kept but applied to nothing. */
    private static final class MadeUpPty implements Pty {
        private final InputStream keys;
        private final OutputStream screen;
        private Attributes modes = SttySettings.parse(LINE_MODE);

        MadeUpPty(String keys, OutputStream screen) {
            this.keys = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
            this.screen = screen;
        }

        @Override
        public InputStream getMasterInput() {
            return InputStream.nullInputStream();
        }

        @Override
        public OutputStream getMasterOutput() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getSlaveInput() {
            return keys;
        }

        @Override
        public OutputStream getSlaveOutput() {
            return screen;
        }

        @Override
        public synchronized Attributes getAttr() {
            return new Attributes(modes);
        }

        @Override
        public synchronized void setAttr(Attributes attr) {
            SttySettings.changes(attr, modes); // the words stty would be given, as a real session works them out
            modes = new Attributes(attr);
        }

        @Override
        public Size getSize() {
            return new Size(80, 24);
        }

        @Override
        public void setSize(Sized size) {
            // a made-up terminal keeps its size
        }

        @Override
        public SystemStream getSystemStream() {
            return null;
        }

        @Override
        public TerminalProvider getProvider() {
            return null;
        }

        @Override
        public void close() {
            // nothing to let go of
        }
    }
}
