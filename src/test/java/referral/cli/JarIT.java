package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar and launcher, started as separate processes from another directory. */
class JarIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path SMALL = Path.of("src/test/resources/trees/small.yaml").toAbsolutePath();

    @TempDir
    Path elsewhere;

    record Run(int exit, String out, String err) {}

    private Run start(String stdin, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(elsewhere.toFile());
        File out = elsewhere.resolve("out.txt").toFile();
        File err = elsewhere.resolve("err.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        return new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private Run jar(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", TARGET.resolve("referral.jar").toString()));
        cmd.addAll(List.of(args));
        return start(stdin, cmd.toArray(String[]::new));
    }

    @Test
    void theJarRunsFromAnyDirectoryWithTheBundledTree() throws Exception {
        Run version = jar("", "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("referral "), version.out());
        Run check = jar("", "check");
        assertEquals(0, check.exit(), check.out() + check.err());
        Run next = jar("{}", "next", "--answers", "-");
        assertEquals(0, next.exit(), next.err());
        assertTrue(next.out().startsWith("{\"question\":{\"id\":"), next.out());
    }

    @Test
    void theLauncherRunsTheJarBesideIt() throws Exception {
        Run r = start("signs: chest\n", TARGET.resolve("referral").toString(), "run", "--rules", SMALL.toString(),
                "--answers", "-", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"outcome\":\"emergency\""), r.out());
    }

    @Test
    void exitCodesOfTheRealProcess() throws Exception {
        assertEquals(2, jar("", "run").exit());
        assertEquals(3, jar("", "run", "--rules", Path.of("src/test/resources/trees/dangling-goto.yaml")
                .toAbsolutePath().toString(), "--answers", "-").exit());
        Run bad = jar("signs: maybe\n", "run", "--rules", SMALL.toString(), "--answers", "-");
        assertEquals(4, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertEquals(5, jar("", "run", "--answers", "no-such-file.yaml").exit());
        assertEquals(1, jar("", "check", Path.of("src/test/resources/trees/duplicate-key.yaml")
                .toAbsolutePath().toString()).exit());
    }

    @Test
    void choicesThatDoNotApplyAreRefusedOrLeftOutByEveryCommandOfTheRealJar() throws Exception {
        String tree = Path.of("src/test/resources/trees/when.yaml").toAbsolutePath().toString();
        String man = "{emergency-signs: none, age: 30, sex: male, urgent-signs: pregnancy-warning}";
        String refused = "'urgent-signs' has no choice 'pregnancy-warning' here: it is offered only when pregnant is yes;"
                + " expected one or more of: fever-back, none";

        Run run = jar(man, "run", "--rules", tree, "--answers", "-");
        assertEquals(4, run.exit(), run.err());
        assertEquals("referral: <stdin>:1:59: " + refused + "\n", run.err());

        Run next = jar("{emergency-signs: none, age: 30, sex: male}", "next", "--rules", tree, "--answers", "-");
        assertEquals(0, next.exit(), next.err());
        assertTrue(next.out().contains("\"choices\":[{\"id\":\"fever-back\""), next.out());
        assertTrue(!next.out().contains("pregnancy"), next.out());
        assertEquals(4, jar(man, "next", "--rules", tree, "--answers", "-").exit());

        Run batch = jar("{\"answers\": {\"emergency-signs\": \"none\", \"age\": 10, \"urgent-signs\": \"none\","
                + " \"main-problem\": \"girdle\"}}\n", "batch", "--rules", tree);
        assertEquals(4, batch.exit(), batch.err());
        assertTrue(batch.out().startsWith("{\"line\":1,\"errors\":[\"<stdin>:1:92: 'main-problem' has no choice 'girdle'"
                + " here: it is offered only when age is at least 50;"), batch.out());

        Run ask = jar("none\n10\n2\n", "ask", "--rules", tree);
        assertEquals(130, ask.exit(), ask.err());   // the input ends at the last question
        assertTrue(ask.out().contains("What troubles you most?\n  1) Soreness after exercise\n  2) Something else\n"),
                ask.out());

        Path cases = elsewhere.resolve("cases.yaml");
        Files.writeString(cases, "cases:\n  - name: man-pregnant\n    description: A man ticks the pregnancy warning.\n"
                + "    answers: " + man + "\n    expect: {urgency: urgent}\n");
        Run test = jar("", "test", "--rules", tree, cases.toString());
        assertEquals(1, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("      " + cases + ":4:72: " + refused + "\n"), test.out());

        Run check = jar("", "check", tree);
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("warning: red-flag choice 'pregnancy-warning' of 'urgent-signs' (urgent) is not"
                + " offered on every path that asks 'urgent-signs'"), check.out());
    }
}
