package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void terminalsByTheirDeviceNames() {
        assertTrue(Terminal.isTerminal("/dev/pts/3"));
        assertTrue(Terminal.isTerminal("/dev/tty1"));
        assertTrue(Terminal.isTerminal("/dev/ttyS0"));
        assertTrue(Terminal.isTerminal("/dev/console"));
        assertFalse(Terminal.isTerminal("/dev/null"));
        assertFalse(Terminal.isTerminal("pipe:[123456]"));
        assertFalse(Terminal.isTerminal("socket:[42]"));
        assertFalse(Terminal.isTerminal("/home/me/answers.yaml"));
    }

    @Test
    void saysWhatTheJdkSaysOfThisProcess() {
        // Under the build, input and output are pipes or files; on a terminal, ConsoleIT shows the other case.
        assertEquals(System.console() != null, Terminal.atBothEnds());
    }
}
