package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.testing.Cli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Several bundled trees: listed, chosen by id with --rules, each with its own cases at full coverage. */
class SeveralTreesTest {

    static List<String> bundledIds() {
        return RulesLoader.bundledIds();
    }

    private static Tree bundled(String id) {
        return new RulesLoader().loadBundledCompiled(id).orElseThrow().loaded().tree().orElseThrow();
    }

    @Test
    void theJarBundlesTheMusclePainTreeFirstAndTheNightCrampsTree() {
        assertEquals("muscle-pain", bundledIds().get(0));
        assertTrue(bundledIds().contains("night-cramps"), bundledIds().toString());
    }

    @Test
    void listShowsIdVersionAndTitleOfEveryBundledTree() {
        Cli.Result r = Cli.run("list");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(bundledIds().size(), lines.size(), r.out());
        for (int i = 0; i < lines.size(); i++) {
            Tree t = bundled(bundledIds().get(i));
            assertTrue(lines.get(i).matches(t.id() + " +" + t.version().replace(".", "\\.") + " +"
                    + java.util.regex.Pattern.quote(t.title().value()) + (i == 0 ? " \\(default\\)" : "")), lines.get(i));
        }
        assertEquals("", r.err());
    }

    @Test
    void listAsJson() {
        Cli.Result r = Cli.run("list", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode trees = JsonMapper.builder().build().readTree(r.out()).get("trees");
        List<String> ids = new ArrayList<>();
        trees.forEach(t -> ids.add(t.get("id").asString()));
        assertEquals(bundledIds(), ids);
        JsonNode night = trees.get(1);
        Tree tree = bundled("night-cramps");
        assertEquals(tree.version(), night.get("version").asString());
        assertEquals(tree.title().value(), night.get("title").asString());
        assertEquals(false, night.get("default").asBoolean());
        assertEquals(tree.questions().size(), night.get("questions").asInt());
        assertEquals(true, trees.get(0).get("default").asBoolean());
    }

    @Test
    void rulesTakesABundledTreesId() {
        Cli.Result r = Cli.runWithInput("{warning-signs: none, age: 38, pregnant: no, when-cramps: night-rest,"
                + " how-often: now-and-then}", "run", "--rules", "night-cramps", "--answers", "-", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"outcome\":\"self-care-night-cramps\""), r.out());
        assertTrue(r.out().contains("\"tree\":{\"id\":\"night-cramps\""), r.out());
        Cli.Result next = Cli.runWithInput("{}", "next", "--rules", "night-cramps", "--answers", "-");
        assertTrue(next.out().startsWith("{\"question\":{\"id\":\"warning-signs\""), next.out());
    }

    @Test
    void anUnknownIdThatIsNoFileEitherSaysWhichTreesThereAre() {
        Cli.Result r = Cli.runWithInput("{}", "run", "--rules", "night-cramp", "--answers", "-");
        assertEquals(5, r.exit());
        assertEquals("referral: night-cramp: no such file, nor a bundled tree (did you mean 'night-cramps'?);"
                + " the bundled trees are " + String.join(", ", bundledIds()) + " (see 'referral list')\n", r.err());
    }

    /** The build runs every bundled tree's own cases and requires full coverage of each. */
    @ParameterizedTest
    @MethodSource("bundledIds")
    void eachBundledTreeRunsItsOwnCasesWithFullCoverage(String id) {
        Cli.Result r = Cli.run("test", "--rules", id, "--min-coverage", "100");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("coverage of rules/" + id + ".yaml (" + id + " "), r.out());
        for (String figure : List.of("outcomes reached", "next branches taken", "choices exercised")) {
            assertTrue(r.out().matches("(?s).*" + figure + "\\s+(\\d+)/\\1\\s+100%.*"), figure + ": " + r.out());
        }
    }

    /** Red flags first: the first question of every bundled tree asks them. */
    @ParameterizedTest
    @MethodSource("bundledIds")
    void eachBundledTreeAsksItsRedFlagsFirst(String id) {
        Tree tree = bundled(id);
        assertTrue(tree.question(tree.start()).orElseThrow().hasRedFlag(), id);
    }
}
