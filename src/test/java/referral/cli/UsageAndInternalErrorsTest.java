package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import referral.testing.Cli;

/** Mistakes on the command line, and our own bugs, reach the user as one plain line too. */
class UsageAndInternalErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run --answers a.yaml --colour             | Unknown option: '--colour'",
        "run                                       | Missing required option: '--answers",
        "run --answers a.yaml --format yaml        | Invalid value for option '--format'",
        "frobnicate                                | Unknown command 'frobnicate'",
        "check --strict=maybe                      | Invalid value for option '--strict'",
    })
    void usageErrorsAreOneLineWithExit2(String args, String expected) {
        Cli.Result r = Cli.run(args.split(" "));
        assertEquals(2, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertTrue(r.err().contains("(see 'referral"), r.err());
    }

    @Test
    void aFileNameTheSystemCannotUseIsAFileProblemNotACrash() {
        Cli.Result answers = Cli.run("run", "--answers", "a\0b");
        assertEquals(5, answers.exit(), answers.err());
        assertOneCleanLine(answers.err());
        Cli.Result batch = Cli.run("batch", "--input", "a\0b"); // opened on its own, as a stream
        assertEquals(5, batch.exit(), batch.err());
        assertOneCleanLine(batch.err());
        Cli.Result rules = Cli.run("run", "--rules", "a\0b", "--answers", "-");
        assertEquals(2, rules.exit(), rules.err());
        assertOneCleanLine(rules.err());
        assertTrue(rules.err().contains("Nul character not allowed"), rules.err());
    }

    /** A stream that fails in a way no code path expects: a stand-in for any bug of ours. */
    private static final class BrokenInput extends InputStream {
        @Override
        public int read() {
            throw new IllegalStateException("java.lang.Whatever went wrong in referral.cli.Something");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return read();
        }
    }

    private static Cli.Result runWithBrokenInput(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new BrokenInput(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false);
        int exit = Main.run(args, io);
        return new Cli.Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInternalErrorIsOneLineWithExit70() {
        Cli.Result r = runWithBrokenInput("run", "--answers", "-");
        assertEquals(70, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().contains("internal error (a bug); run again with --debug"), r.err());
    }

    @Test
    void debugShowsTheDetailsOfAnInternalError() {
        Cli.Result r = runWithBrokenInput("run", "--debug", "--answers", "-");
        assertEquals(70, r.exit(), r.err());
        assertTrue(r.err().contains("IllegalStateException"), r.err());
        assertTrue(r.err().contains("    at "), r.err());
    }
}
