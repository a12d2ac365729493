package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import referral.testing.Cli;

/**
 * Standard output that cannot be written ({@code > /dev/full}, a full disk, a reader gone): every
 * command says so in one line and exits 5, where the results were lost without a word before.
 */
class FailedWritesTest {
    static final String SMALL = "src/test/resources/trees/small.yaml";
    static final String ANSWERS = "{signs: [none], age: 40, rest: yes, where: joints}";

    static List<List<String>> commands() {
        return List.of(
                List.of("run", "--rules", SMALL, "--answers", "-"),
                List.of("run", "--rules", SMALL, "--answers", "-", "--format", "json"),
                List.of("next", "--rules", SMALL, "--answers", "-"),
                List.of("check", "--format", "json"),
                List.of("check", "src/test/resources/trees/duplicate-key.yaml"),
                List.of("graph"),
                List.of("schema"),
                List.of("test"),
                List.of("--help"),
                List.of("run", "--help"),
                List.of("--version"),
                List.of("check", "--codes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aFullDiskIsExitFiveAndOneLine(List<String> command) {
        Cli.Result r = Cli.runWithFullOutput(0, ANSWERS, command.toArray(String[]::new));
        assertEquals(5, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertEquals("referral: cannot write to standard output (the disk is full)\n", r.err());
    }

    @ParameterizedTest(name = "batch --threads {0}")
    @ValueSource(strings = {"1", "2", "4"})
    void batchStopsAtTheFirstResultItCannotWrite(String threads) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            in.append("{\"id\": ").append(i).append(", \"answers\": ").append("{\"signs\": [\"chest\"]}").append("}\n");
        }
        Cli.Result r = Cli.runWithFullOutput(100_000, in.toString(), "batch", "--rules", SMALL, "--threads", threads);
        assertEquals(5, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains("cannot write to standard output (the disk is full)"), r.err());
        assertTrue(r.out().length() <= 100_000, "nothing written past the failure");
    }
}
