package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;

/** {@code referral batch}: JSON Lines in, one result a line out, in order. */
class BatchCommandTest {
    static final String SMALL = "src/test/resources/trees/small.yaml";

    @TempDir
    Path dir;

    private static List<String> lines(Cli.Result r) {
        return r.out().isEmpty() ? List.of() : List.of(r.out().split("\n", -1)).subList(0, r.out().split("\n", -1).length - 1);
    }

    @Test
    void eachResultIsWhatRunPrintsWithTheIdFirst() {
        String answers = "{\"signs\": [\"none\"], \"age\": 40, \"rest\": \"yes\", \"where\": \"joints\"}";
        Cli.Result run = Cli.runWithInput(answers, "run", "--rules", SMALL, "--answers", "-", "--format", "json");
        assertEquals(0, run.exit(), run.err());

        Cli.Result batch = Cli.runWithInput("{\"id\": \"p-17\", \"answers\": " + answers + "}\n"
                + "{\"answers\": " + answers + "}\n", "batch", "--rules", SMALL);
        assertEquals(0, batch.exit(), batch.err());
        assertEquals("", batch.err());
        String result = run.out().strip();
        assertEquals(List.of("{\"id\":\"p-17\"," + result.substring(1), result), lines(batch));
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorWithItsPositionAsRunSaysOfAFile() {
        // Before, the bytes became U+FFFD and the line was scored: "caf\xe9" and "caf\xe8" the same id.
        byte[] in = ("{\"id\": \"caf\u00e9\", \"answers\": {\"signs\": [\"chest\"]}}\n"
                + "{\"id\": \"caf\u00e8\", \"answers\": {\"signs\": [\"chest\"]}}\n").getBytes(StandardCharsets.ISO_8859_1);
        Cli.Result r = Cli.runWithInput(in, "batch", "--rules", SMALL);
        assertEquals(4, r.exit(), r.err());
        assertEquals(List.of("{\"line\":1,\"errors\":[\"<stdin>:1:12: not valid UTF-8 (byte 0xe9); save the file as UTF-8\"],\"codes\":[\"yaml-syntax\"]}",
                "{\"line\":2,\"errors\":[\"<stdin>:2:12: not valid UTF-8 (byte 0xe8); save the file as UTF-8\"],"
                + "\"codes\":[\"yaml-syntax\"]}"), lines(r));
        Cli.Result run = Cli.runWithInput(("signs: chest\nx: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1),
                "run", "--rules", SMALL, "--answers", "-");
        assertEquals("referral: <stdin>:2:7: not valid UTF-8 (byte 0xe9); save the file as UTF-8\n", run.err());
    }

    @Test
    void threadsOutsideOneTo256AreAUsageError() {
        // 536870912 was exit 70 (out of memory making threads); 0 and -1 went through silently.
        for (String n : List.of("0", "-1", "257", "536870912")) {
            Cli.Result r = Cli.runWithInput("{\"answers\": {\"signs\": [\"chest\"]}}\n", "batch", "--rules", SMALL,
                    "--threads", n);
            assertEquals(2, r.exit(), n + ": " + r.err());
            assertEquals("referral: --threads must be from 1 to 256, not " + n + " (see 'referral batch --help')\n", r.err());
            assertEquals("", r.out());
        }
        assertEquals(0, Cli.runWithInput("{\"answers\": {\"signs\": [\"chest\"]}}\n", "batch", "--rules", SMALL,
                "--threads", "256").exit());
    }

    @Test
    void resultsComeOutInTheOrderOfTheInputWhateverTheThreads() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            String signs = i % 3 == 0 ? "chest" : "none";
            in.append("{\"id\": ").append(i).append(", \"answers\": {\"signs\": \"").append(signs)
                    .append("\", \"age\": ").append(i % 120).append(", \"rest\": \"no\"}}\n");
        }
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, in);
        for (String threads : List.of("1", "2", "4")) {
            Cli.Result r = Cli.run("batch", "--rules", SMALL, "--input", input.toString(), "--threads", threads);
            assertEquals(0, r.exit(), r.err());
            List<String> out = lines(r);
            assertEquals(5000, out.size());
            for (int i = 1; i <= 5000; i++) {
                String line = out.get(i - 1);
                assertTrue(line.startsWith("{\"id\":" + i + ",\"outcome\":\"" + (i % 3 == 0 ? "emergency" : i % 120 < 18 ? "gp" : "home") + "\""),
                        "line " + i + " with " + threads + " threads: " + line);
            }
        }
    }

    @Test
    void aBadLineGivesAnErrorObjectWithItsLineNumberAndTheBatchGoesOn() {
        Cli.Result r = Cli.runWithInput("""
                {"id": "ok-1", "answers": {"signs": "chest"}}

                {"id": "typo", "answers": {"signs": "chset"}}
                not json at all
                {"id": 4, "answers": {"signs": "none"}}
                {"id": [1], "answers": {}}
                {"id": "extra", "answers": {}, "note": "x"}
                {"id": "ok-2", "answers": {"signs": "chest"}}
                """, "batch", "--rules", SMALL);
        assertEquals(4, r.exit());
        List<String> out = lines(r);
        assertEquals(7, out.size(), r.out());
        assertTrue(out.get(0).startsWith("{\"id\":\"ok-1\",\"outcome\":\"emergency\""), out.get(0));
        assertEquals("{\"id\":\"typo\",\"line\":3,\"errors\":[\"<stdin>:3:37: unknown choice 'chset' for 'signs'"
                + " (did you mean 'chest'?); expected one of: chest, numb, none\"],\"codes\":[\"no-such-choice\"]}", out.get(1));
        assertTrue(out.get(2).startsWith("{\"line\":4,\"errors\":[\"<stdin>:4:1: unexpected 'not'; expected a JSON value"), out.get(2));
        assertEquals("{\"id\":4,\"line\":5,\"errors\":[\"<stdin>:5: incomplete: question 'age' (How old are you?)"
                + " is not answered; expected a number from 0 to 120 years\"],\"codes\":[\"incomplete\"]}", out.get(3));
        assertEquals("{\"line\":6,\"errors\":[\"<stdin>:6:8: 'id' must be text or a number, not a list\"],"
                + "\"codes\":[\"bad-line\"]}", out.get(4));
        assertTrue(out.get(5).startsWith("{\"id\":\"extra\",\"line\":7,\"errors\":[\"<stdin>:7:32: unknown key 'note'"), out.get(5));
        assertTrue(out.get(6).startsWith("{\"id\":\"ok-2\",\"outcome\":\"emergency\""), out.get(6));
        assertEquals(List.of("referral: <stdin>: 5 of 7 lines could not be scored; see their \"errors\" in the output"),
                List.of(r.errLines()));
    }

    @Test
    void anEmptyInputGivesNothingAndSucceeds() {
        Cli.Result r = Cli.runWithInput("", "batch", "--rules", SMALL);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        Cli.Result blank = Cli.runWithInput("\n  \n\r\n", "batch", "--rules", SMALL);
        assertEquals(0, blank.exit(), blank.err());
        assertEquals("", blank.out());
    }

    @Test
    void theBundledTreeIsTheDefaultAndAMissingInputIsAFileError() {
        Cli.Result r = Cli.runWithInput("{\"answers\": {}}\n", "batch");
        assertEquals(4, r.exit());
        assertTrue(r.out().startsWith("{\"line\":1,\"errors\":[\"<stdin>:1: incomplete: question '"), r.out());
        Cli.Result missing = Cli.run("batch", "--input", dir.resolve("nope.jsonl").toString());
        assertEquals(5, missing.exit());
        assertEquals("referral: " + dir.resolve("nope.jsonl") + ": no such file", missing.err().strip());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreAccepted() {
        Cli.Result r = Cli.runWithInput("\uFEFF{\"id\": 1, \"answers\": {\"signs\": \"chest\"}}\r\n"
                + "{\"id\": 2, \"answers\": {\"signs\": \"chest\"}}\r\n", "batch", "--rules", SMALL);
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, lines(r).size());
    }

    @Test
    void longLinesAreKeptWholeAndALineOverTheLimitIsAnErrorOfItsOwn() throws Exception {
        String chest = "{\"id\": %d, \"answers\": {\"signs\": \"chest\"}%s}";
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 300; i++) { // lines that cross the input's read buffer here and there
            in.append(String.format(chest, i, " ".repeat(i * 7))).append('\n');
        }
        in.append(String.format(chest, 301, " ".repeat(200_000))).append('\n'); // longer than a chunk holds
        in.append(String.format(chest, 302, " ".repeat(1_048_576))).append('\n'); // over the 1 MB limit
        in.append(String.format(chest, 303, "")); // no end of line
        Path input = dir.resolve("long.jsonl");
        Files.writeString(input, in);
        for (String threads : List.of("1", "2")) {
            Cli.Result r = Cli.run("batch", "--rules", SMALL, "--input", input.toString(), "--threads", threads);
            assertEquals(4, r.exit(), r.err());
            List<String> out = lines(r);
            assertEquals(303, out.size());
            for (int i = 1; i <= 303; i++) {
                String line = out.get(i - 1);
                if (i == 302) {
                    assertEquals("{\"line\":302,\"errors\":[\"" + input + ":302: the line is longer than 1048576 bytes;"
                            + " expected one answer set a line\"],\"codes\":[\"bad-line\"]}", line);
                } else {
                    assertTrue(line.startsWith("{\"id\":" + i + ",\"outcome\":\"emergency\""), "line " + i + ": " + line);
                }
            }
        }
    }
}
