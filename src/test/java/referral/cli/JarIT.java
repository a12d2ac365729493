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
import tools.jackson.databind.json.JsonMapper;

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
    void aFileNamedLikeABundledTreeWinsOverIt() throws Exception {
        Run bundled = jar("{}", "next", "--rules", "night-cramps", "--answers", "-");
        assertEquals(0, bundled.exit(), bundled.err());
        assertTrue(bundled.out().startsWith("{\"question\":{\"id\":\"warning-signs\""), bundled.out());
        Files.copy(SMALL, elsewhere.resolve("night-cramps"));
        Run file = jar("{}", "next", "--rules", "night-cramps", "--answers", "-");
        assertEquals(0, file.exit(), file.err());
        assertTrue(file.out().contains("\"tree\":{\"id\":\"small\""), file.out());
    }

    @Test
    void theJarListsItsTreesAndRunsTheCasesOfEach() throws Exception {
        Run list = jar("", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().startsWith("muscle-pain ") && list.out().contains("\nnight-cramps "), list.out());
        Run test = jar("", "test", "--rules", "night-cramps", "--min-coverage", "100");
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("12 cases: 12 passed, 0 failed"), test.out());
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

    private Run launcher(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(TARGET.resolve("referral").toString()));
        cmd.addAll(List.of(args));
        return start(stdin, cmd.toArray(String[]::new));
    }

    @Test
    void bareReferralTakesEveryOptionOfAskAndIsAskWithThem() throws Exception {
        // Answers on standard input: the plain mode. The input ends at the first question (exit 130).
        Run russian = launcher("", "--lang", "ru");
        Run asked = launcher("", "ask", "--lang", "ru");
        assertEquals(130, russian.exit(), russian.err());
        assertEquals(asked, russian);
        String firstQuestion = JsonMapper.builder().build()
                .readTree(launcher("{}", "next", "--answers", "-", "--lang", "ru").out()).get("question").get("text").asString();
        assertTrue(russian.out().startsWith("\nВопрос 1 ("), russian.out());
        assertTrue(russian.out().replaceAll("\\s+", " ").contains(firstQuestion), firstQuestion + "\n---\n" + russian.out());

        Run unknownLanguage = launcher("", "--lang", "xx");
        assertEquals(2, unknownLanguage.exit());
        assertEquals(launcher("", "ask", "--lang", "xx"), unknownLanguage);
        assertEquals("referral: --lang 'xx': no texts in this language; expected one of: en, ru\n", unknownLanguage.err());

        // The rest of ask's options, in both spellings, a whole session through, then resumed from its file.
        Path saved = elsewhere.resolve("saved.yaml");
        String answers = "Ничего из этого\n40\nнет\nтолько ночью или в покое\n2\nд\n1 3\n";
        Run session = launcher(answers, "--rules=night-cramps", "--plain", "--no-color", "--lang", "ru",
                "--save-answers", saved.toString());
        assertEquals(0, session.exit(), session.err());
        assertTrue(session.out().contains("\nЗАПИШИТЕСЬ НА ПРИЁМ\n"), session.out());
        Run resumed = launcher("", "--debug", "--resume", saved.toString(), "--rules", "night-cramps");
        Run replayed = launcher("", "run", "--rules", "night-cramps", "--answers", saved.toString());
        assertEquals(0, replayed.exit(), replayed.err());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains(replayed.out().lines().findFirst().orElseThrow()), resumed.out());

        // What is not ask's stays the top level's, as before.
        Run unknown = launcher("", "--no-such-option");
        assertEquals(new Run(2, "", "referral: Unknown option: '--no-such-option' (see 'referral --help')\n"), unknown);
        Run typo = launcher("", "--lnag", "ru");
        assertEquals(new Run(2, "", "referral: Unknown option: '--lnag'. Did you mean '--lang'? (see 'referral --help')\n"),
                typo);
        Run command = launcher("", "nosuchcommand");
        assertEquals(new Run(2, "", "referral: Unknown command 'nosuchcommand' (see 'referral --help')\n"), command);
        Run help = launcher("", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: referral [-hV] [--debug] [COMMAND]\n"), help.out());
        assertTrue(help.out().contains("'referral --lang ru' is 'referral ask --lang ru'"), help.out());
        Run version = launcher("", "--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals(launcher("", "--debug", "--version").out(), version.out());
        assertTrue(version.out().startsWith("referral "), version.out());
    }
}
