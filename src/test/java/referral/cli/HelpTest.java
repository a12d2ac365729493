package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import referral.testing.Cli;

/** Help that helps: 'referral help', did-you-mean for slips, each command's own exit codes, 80 columns. */
class HelpTest {
    private static final Pattern EXIT_CODE_LINE = Pattern.compile("^  (\\d+) +\\S", Pattern.MULTILINE);

    /** Every command, as 'referral help' lists them. */
    private static List<String> commands() {
        String help = Cli.run("help").out();
        String list = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:"));
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("^  ([a-z]+) ", Pattern.MULTILINE).matcher(list);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The codes under "Exit codes:" in a help text. */
    private static Set<Integer> exitCodes(String help) {
        String section = help.substring(help.indexOf("Exit codes:"), help.indexOf("Examples:"));
        Set<Integer> codes = new TreeSet<>();
        Matcher m = EXIT_CODE_LINE.matcher(section);
        while (m.find()) {
            codes.add(Integer.parseInt(m.group(1)));
        }
        return codes;
    }

    @Test
    void helpListsEveryCommandAndHelpOnACommandIsItsOwnHelp() {
        assertEquals(List.of("run", "next", "check", "test", "ask", "graph", "list", "export", "schema", "batch", "help", "completion"),
                commands());
        assertEquals(Cli.run("--help").out(), Cli.run("help").out());
        for (String command : commands()) {
            Cli.Result help = Cli.run("help", command);
            assertEquals(0, help.exit(), help.err());
            assertEquals(Cli.run(command, "--help").out(), help.out(), command);
            assertTrue(help.out().startsWith("Usage: referral " + command), help.out());
        }
    }

    @Test
    void eachCommandListsOnlyTheExitCodesItCanGive() {
        assertEquals(Set.of(0, 2, 3, 5), exitCodes(Cli.run("graph", "--help").out()));
        assertFalse(Cli.run("graph", "--help").out().contains("found problems"));
        assertEquals(Set.of(0, 2, 3, 4, 5), exitCodes(Cli.run("run", "--help").out()));
        assertEquals(Set.of(0, 2, 3, 4, 5, 130), exitCodes(Cli.run("ask", "--help").out()));
        assertEquals(Set.of(0, 1, 2, 5), exitCodes(Cli.run("check", "--help").out()));
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), exitCodes(Cli.run("test", "--help").out()));
        assertEquals(Set.of(0, 2, 5), exitCodes(Cli.run("schema", "--help").out()));
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 70, 130, 143), exitCodes(Cli.run("--help").out()));
        for (String command : commands()) {
            Set<Integer> codes = exitCodes(Cli.run(command, "--help").out());
            assertTrue(codes.contains(0) && codes.contains(2), command + ": " + codes);
        }
    }

    @Test
    void noHelpLineIsWiderThan80Columns() {
        for (String command : commands()) {
            for (String line : Cli.run(command, "--help").out().split("\n")) {
                assertTrue(line.length() <= 80, command + " --help has a line of " + line.length() + ": " + line);
            }
        }
        for (String line : Cli.run("--help").out().split("\n")) {
            assertTrue(line.length() <= 80, "--help has a line of " + line.length() + ": " + line);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rn                      | Unknown command 'rn'. Did you mean 'run'? (see 'referral --help')",
        "chekc                   | Unknown command 'chekc'. Did you mean 'check'?",
        "te                      | Unknown command 'te'. Did you mean 'test'?",
        "frobnicate              | Unknown command 'frobnicate' (see 'referral --help')",
        "run --answer x          | Unknown option: '--answer'. Did you mean '--answers'? (see 'referral run --help')",
        "run --answers=a --fromat json | Unknown option: '--fromat'. Did you mean '--format'?",
        "graph --rules=x --outt=y | Unknown option: '--outt'. Did you mean '--out'?",
        "help rn                 | Unknown command 'rn'. Did you mean 'run'? (see 'referral help')",
        "help frobnicate         | Unknown command 'frobnicate' (see 'referral help')",
        "completion fish         | Invalid value for positional parameter at index 0 (SHELL)",
    })
    void slipsAreNamedWithWhatWasProbablyMeant(String args, String expected) {
        Cli.Result r = Cli.run(args.trim().split(" +"));
        assertEquals(2, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals("", r.out());
    }

    @Test
    void didYouMeanOffersOnlyCloseNames() {
        List<String> commands = List.of("run", "next", "check", "test", "ask", "graph");
        assertEquals(List.of("run"), DidYouMean.nearest("rn", commands));
        assertEquals(List.of("check"), DidYouMean.nearest("CHEKC", commands));
        assertEquals(List.of("graph"), DidYouMean.nearest("grpah", commands));
        assertEquals(List.of(), DidYouMean.nearest("frobnicate", commands));
        assertEquals(List.of(), DidYouMean.nearest("x", commands));
        assertEquals(List.of("--answers"), DidYouMean.nearest("--answer", List.of("--rules", "--answers", "--format")));
        assertEquals(" Did you mean 'test' or 'next'?", DidYouMean.sentence("nest", List.of("test", "next")));
        assertEquals("", DidYouMean.sentence("zzz", List.of("test", "next")));
    }
}
