package referral.console.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.exec.ExecPty;
import org.junit.jupiter.api.Test;

/** Our one-pass reading of {@code stty -a} gives what JLine's own reader gives, on real outputs (Linux, C locale). */
class SttySettingsTest {
    private static final String HEAD = "speed 38400 baud; rows 24; columns 80; line = 0;\n";

    private static final String COOKED = HEAD
            + "intr = ^C; quit = ^\\; erase = ^?; kill = ^U; eof = ^D; eol = <undef>;\n"
            + "eol2 = <undef>; swtch = <undef>; start = ^Q; stop = ^S; susp = ^Z; rprnt = ^R;\n"
            + "werase = ^W; lnext = ^V; discard = ^O; min = 1; time = 0;\n"
            + "-parenb -parodd -cmspar cs8 -hupcl -cstopb cread -clocal -crtscts\n"
            + "-ignbrk brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr icrnl ixon -ixoff\n"
            + "-iuclc -ixany imaxbel -iutf8\n"
            + "opost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0\n"
            + "isig icanon iexten echo echoe echok -echonl -noflsh -xcase -tostop -echoprt\n"
            + "echoctl echoke -flusho -extproc";

    private static final String RAW = HEAD
            + "intr = ^C; quit = ^\\; erase = ^?; kill = ^U; eof = ^D; eol = <undef>;\n"
            + "eol2 = <undef>; swtch = <undef>; start = ^Q; stop = ^S; susp = ^Z; rprnt = ^R;\n"
            + "werase = ^W; lnext = ^V; discard = ^O; min = 1; time = 0;\n"
            + "-parenb -parodd -cmspar cs8 -hupcl -cstopb cread -clocal -crtscts\n"
            + "-ignbrk -brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr -icrnl -ixon -ixoff\n"
            + "-iuclc -ixany -imaxbel -iutf8\n"
            + "-opost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0\n"
            + "-isig -icanon iexten -echo echoe echok -echonl -noflsh -xcase -tostop -echoprt\n"
            + "echoctl echoke -flusho -extproc";

    private static final String CHANGED_KEYS = HEAD
            + "intr = ^X; quit = ^\\; erase = ^H; kill = ^U; eof = <undef>; eol = <undef>;\n"
            + "eol2 = <undef>; swtch = <undef>; start = ^Q; stop = ^S; susp = ^Z; rprnt = ^R;\n"
            + "werase = ^W; lnext = ^V; discard = ^O; min = 5; time = 010;\n"
            + "-parenb -parodd -cmspar cs7 -hupcl -cstopb cread -clocal -crtscts\n"
            + "-ignbrk -brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr icrnl ixon -ixoff\n"
            + "-iuclc -ixany -imaxbel iutf8\n"
            + "opost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0\n"
            + "isig icanon iexten echo echoe echok -echonl -noflsh -xcase -tostop -echoprt\n"
            + "echoctl echoke -flusho -extproc";

    @Test
    void aTerminalInLineMode() throws IOException {
        assertSameAsJLine(COOKED);
    }

    @Test
    void aTerminalInRawMode() throws IOException {
        assertSameAsJLine(RAW);
    }

    @Test
    void changedKeysAndNumbers() throws IOException {
        assertSameAsJLine(CHANGED_KEYS);
        Attributes read = SttySettings.parse(CHANGED_KEYS);
        assertEquals('X' - '@', read.getControlChar(Attributes.ControlChar.VINTR));
        assertEquals(-1, read.getControlChar(Attributes.ControlChar.VEOF));
        assertEquals(8, read.getControlChar(Attributes.ControlChar.VTIME));
    }

    @Test
    void controlCharacterNotations() {
        assertEquals(3, SttySettings.controlChar("^C"));
        assertEquals(127, SttySettings.controlChar("^?"));
        assertEquals(127, SttySettings.controlChar("DEL"));
        assertEquals(-1, SttySettings.controlChar("<UNDEF>"));
        assertEquals(129, SttySettings.controlChar("M-^A"));
        assertEquals(255, SttySettings.controlChar("M-^?"));
        assertEquals('a' + 128, SttySettings.controlChar("M-a"));
        assertEquals(12, SttySettings.controlChar("12"));
        assertEquals(10, SttySettings.controlChar("012"));
    }

    @Test
    void theWordsThatEnterRawModeAndComeBack() throws IOException {
        Attributes cooked = SttySettings.parse(COOKED);
        Attributes raw = new Attributes(cooked);
        raw.setLocalFlags(java.util.EnumSet.of(Attributes.LocalFlag.ICANON, Attributes.LocalFlag.ECHO,
                Attributes.LocalFlag.IEXTEN, Attributes.LocalFlag.ISIG), false);
        raw.setInputFlags(java.util.EnumSet.of(Attributes.InputFlag.IXON, Attributes.InputFlag.ICRNL), false);
        assertEquals(java.util.List.of("-icrnl", "-ixon", "-echo", "-isig", "-icanon", "-iexten"),
                SttySettings.changes(raw, cooked));
        assertEquals(java.util.List.of("icrnl", "ixon", "echo", "isig", "icanon", "iexten"),
                SttySettings.changes(cooked, raw));
        assertEquals(java.util.List.of(), SttySettings.changes(cooked, SttySettings.parse(COOKED)));
    }

    @Test
    void theSameWordsAsJLine() throws IOException {
        String[] outputs = {COOKED, RAW, CHANGED_KEYS};
        for (String from : outputs) {
            for (String to : outputs) {
                Attributes current = SttySettings.parse(from);
                Attributes wanted = SttySettings.parse(to);
                assertEquals(JLineWords.between(wanted, current), SttySettings.changes(wanted, current),
                        () -> "from one stty output to another");
            }
        }
        Attributes current = SttySettings.parse(COOKED);
        Attributes keys = new Attributes(current);
        keys.setControlChar(Attributes.ControlChar.VINTR, 0);
        keys.setControlChar(Attributes.ControlChar.VEOF, 127);
        keys.setControlChar(Attributes.ControlChar.VQUIT, 'a' + 128);
        keys.setControlChar(Attributes.ControlChar.VSUSP, 1 + 128);
        keys.setControlChar(Attributes.ControlChar.VMIN, 0);
        keys.setControlChar(Attributes.ControlChar.VTIME, 1);
        assertEquals(JLineWords.between(keys, current), SttySettings.changes(keys, current));
        assertEquals(java.util.List.of("eof", "^?", "intr", "undef", "quit", "M-a", "susp", "M-^A", "min", "0",
                "time", "1"), SttySettings.changes(keys, current));
    }

    @Test
    void theSizeAsJLineReadsIt() throws IOException {
        String bsd = "speed 9600 baud; 50 rows; 132 columns;\nlflags: icanon isig iexten echo";
        String spaced = "speed 38400 baud; rows = 30; columns = 100; line = 0;";
        for (String output : new String[] {COOKED, RAW, bsd, spaced}) {
            org.jline.terminal.Size ours = SttySettings.size(output);
            org.jline.terminal.Size theirs = new JLineWords(output).getSize();
            assertEquals(theirs, ours, output);
        }
        assertEquals(new org.jline.terminal.Size(132, 50), SttySettings.size(bsd));
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> SttySettings.size("speed 38400 baud;"));
    }

    /** JLine's own reading of stty's words, which is protected in its exec pty. */
    private static final class JLineWords extends ExecPty {
        private final String settings;

        private JLineWords() {
            this("");
        }

        private JLineWords(String settings) {
            super(null, null, "/dev/null");
            this.settings = settings;
        }

        @Override
        protected String doGetConfig() {
            return settings;
        }

        static java.util.List<String> between(Attributes wanted, Attributes current) {
            return new JLineWords().getFlagsToSet(wanted, current);
        }
    }

    private static void assertSameAsJLine(String sttyOutput) throws IOException {
        Attributes theirs = ExecPty.doGetAttr(sttyOutput);
        Attributes ours = SttySettings.parse(sttyOutput);
        assertEquals(theirs.getInputFlags(), ours.getInputFlags());
        assertEquals(theirs.getOutputFlags(), ours.getOutputFlags());
        assertEquals(theirs.getControlFlags(), ours.getControlFlags());
        assertEquals(theirs.getLocalFlags(), ours.getLocalFlags());
        assertEquals(theirs.getControlChars(), ours.getControlChars());
    }
}
