package referral.console.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our one-pass reading of a terminal's capabilities gives what JLine's own reader gives. */
class TerminalCapabilitiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"xterm", "xterm-256color", "screen", "screen-256color", "rxvt", "rxvt-basic",
            "rxvt-unicode", "rxvt-unicode-256color", "ansi", "dumb", "dumb-color", "windows", "windows-256color",
            "windows-conemu", "windows-vtp"})
    void everyTypeJLineCarriesReadsAsJLineReadsIt(String type) {
        Set<Capability> ourFlags = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ourNumbers = new EnumMap<>(Capability.class);
        Map<Capability, String> ourStrings = new EnumMap<>(Capability.class);
        assertTrue(TerminalCapabilities.read(type, ourFlags, ourNumbers, ourStrings));

        Set<Capability> flags = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> numbers = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp(type), flags, numbers, strings);

        assertEquals(flags, ourFlags);
        assertEquals(numbers, ourNumbers);
        assertEquals(strings, ourStrings);
    }

    @Test
    void whatADrawingNeedsFromXterm() {
        Set<Capability> flags = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> numbers = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        TerminalCapabilities.read("xterm-256color", flags, numbers, strings);
        assertTrue(flags.contains(Capability.auto_right_margin));
        assertEquals(256, numbers.get(Capability.max_colors));
        assertEquals("\\E[?25l", strings.get(Capability.cursor_invisible));
        assertEquals("\\E[%i%p1%d;%p2%dH", strings.get(Capability.cursor_address));
    }

    @Test
    void numbersInHexadecimalAndOctalAndAnUnknownName() {
        Set<Capability> flags = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> numbers = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        String entry = "# a comment\nmade-up|a made-up terminal,\n\tam, no-such-flag, colors#0x100, cols#0120,\n"
                + "\tlines#24, bel=^G, Xx=\\E[1m,\n";
        TerminalCapabilities.parse(entry, TerminalCapabilities.byShortName(
                "auto_right_margin, am, am\nmax_colors, colors, Co\ncolumns, cols, co\nlines, lines, li\nbell, bel, bl\n"),
                flags, numbers, strings);
        assertEquals(EnumSet.of(Capability.auto_right_margin), flags);
        assertEquals(Map.of(Capability.max_colors, 256, Capability.columns, 80, Capability.lines, 24), numbers);
        assertEquals(Map.of(Capability.bell, "^G"), strings);
    }

    @Test
    void aTypeThatCouldReachOutsideJLinesFolderIsNotReadFromIt() {
        Set<Capability> flags = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> numbers = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        // "../utils/xterm" is no terminal name: infocmp does not know it, so JLine's "ansi" applies.
        assertTrue(TerminalCapabilities.read("../utils/xterm", flags, numbers, strings));
        Set<Capability> ansi = EnumSet.noneOf(Capability.class);
        InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp("ansi"), ansi, new EnumMap<>(Capability.class),
                new EnumMap<>(Capability.class));
        assertEquals(ansi, flags);
    }
}
