package referral.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import referral.check.Checker;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * The symbolic walk never contradicts a real one: on random trees, nothing a random walk does
 * (an entry of 'next' it takes, an outcome it reaches) is reported as impossible.
 */
class PathAnalysisPropertiesTest {
    private static final Set<Code> IMPOSSIBLE = Set.of(Code.SHADOWED, Code.NEVER_MATCHES, Code.UNREACHABLE);

    @Test
    void whatARealWalkDoesIsNeverReportedImpossible() throws Exception {
        Tries.forEachSeed("whatARealWalkDoesIsNeverReportedImpossible", seed -> {
            String yaml = RandomTrees.tree(seed, 12);
            Tree tree = new RulesLoader().parse("random.yaml", yaml.getBytes(StandardCharsets.UTF_8)).tree().orElseThrow();
            List<Diagnostic> found = new Checker().check(tree);
            Set<String> impossible = new HashSet<>(); // "line:col" of dead entries and unreachable nodes
            for (Diagnostic d : found) {
                if (IMPOSSIBLE.contains(d.code())) {
                    impossible.add(d.position().line() + ":" + d.position().column());
                }
            }
            Random random = new Random(seed);
            for (int walk = 0; walk < 30; walk++) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                Step step = Engine.step(tree, answers);
                while (step instanceof Step.Ask ask) {
                    answers.put(ask.question().id(), ValidTreePropertiesTest.randomAnswer(ask.question(), random));
                    step = Engine.step(tree, answers);
                }
                Step.Reached reached = (Step.Reached) step;
                for (TraceEntry t : reached.trace()) {
                    var at = t.branch().position();
                    assertFalse(impossible.contains(at.line() + ":" + at.column()),
                            "a walk took the entry at " + at + ", reported dead: " + found + "\n" + yaml);
                }
                var o = reached.outcome().position();
                assertFalse(impossible.contains(o.line() + ":" + o.column()),
                        "a walk reached " + reached.outcome().id() + ", reported unreachable\n" + yaml);
            }
            assertTrue(found.stream().noneMatch(d -> d.code() == Code.PROOF_TOO_LARGE), found.toString());
        });
    }

    @Test
    void everyWalkThatBreaksTheSafetyRuleIsCaughtByTheProof() throws Exception {
        Tries.forEachSeed("everyWalkThatBreaksTheSafetyRuleIsCaughtByTheProof", seed -> {
            // Random trees with some choices turned into red flags of random urgency.
            Random random = new Random(seed);
            String[] flags = {"soon", "urgent", "emergency"};
            StringBuilder yaml = new StringBuilder();
            for (String line : RandomTrees.tree(seed, 12).split("\n", -1)) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^( {6}c\\d+): (Choice \\d+)$").matcher(line);
                if (m.matches() && random.nextInt(4) == 0) {
                    line = m.group(1) + ": {text: " + m.group(2) + ", red-flag: " + flags[random.nextInt(3)] + "}";
                }
                yaml.append(line).append('\n');
            }
            Tree tree = new RulesLoader().parse("random.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))
                    .tree().orElseThrow();
            Set<String> unsafe = new HashSet<>();
            for (Diagnostic d : new Checker().check(tree)) {
                if (d.code() == Code.RED_FLAG_UNSAFE) {
                    unsafe.add(d.position().line() + ":" + d.position().column());
                }
            }
            for (int walk = 0; walk < 30; walk++) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                Step step = Engine.step(tree, answers);
                while (step instanceof Step.Ask ask) {
                    answers.put(ask.question().id(), ValidTreePropertiesTest.randomAnswer(ask.question(), random));
                    step = Engine.step(tree, answers);
                }
                Step.Reached reached = (Step.Reached) step;
                for (TraceEntry t : reached.trace()) {
                    if (!(t.answer() instanceof Answer.Chosen chosen)) {
                        continue;
                    }
                    for (String id : chosen.choices()) {
                        var choice = t.question().choice(id).orElseThrow();
                        if (choice.redFlag() != null && reached.outcome().urgency().compareTo(choice.redFlag()) < 0) {
                            var at = choice.position();
                            assertTrue(unsafe.contains(at.line() + ":" + at.column()), "the walk " + answers + " takes red flag "
                                    + id + " of " + t.question().id() + " to " + reached.outcome().id()
                                    + ", which the proof missed\n" + yaml);
                        }
                    }
                }
            }
        });
    }

    /**
     * What a random walk is offered agrees with what the proof says about offered choices: a
     * question that offers nothing is reported, a choice offered is never called never offered, a
     * red flag hidden is reported, and a red flag taken where offered to a less urgent end is caught.
     */
    @Test
    void whatAWalkIsOfferedAgreesWithTheProof() throws Exception {
        Tries.forEachSeed("whatAWalkIsOfferedAgreesWithTheProof", seed -> {
            String yaml = RandomTrees.treeWithChoiceConditions(seed, 10);
            Tree tree = new RulesLoader().parse("random.yaml", yaml.getBytes(StandardCharsets.UTF_8)).tree().orElseThrow();
            List<Diagnostic> found = new Checker().check(tree);
            assertTrue(found.stream().noneMatch(d -> d.code() == Code.PROOF_TOO_LARGE), found.toString());
            Map<String, Set<Integer>> lines = new java.util.HashMap<>(); // code -> lines it is reported on
            for (Diagnostic d : found) {
                lines.computeIfAbsent(d.code().id(), k -> new HashSet<>()).add(d.position().line());
            }
            java.util.function.BiPredicate<String, Integer> reported =
                    (code, line) -> lines.getOrDefault(code, Set.of()).contains(line);
            Random random = new Random(seed);
            for (int walk = 0; walk < 30; walk++) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                Step step = Engine.step(tree, answers);
                while (step instanceof Step.Ask ask) {
                    var q = ask.question();
                    for (var c : ask.offered()) {
                        assertFalse(c.when() != null && reported.test("never-offered", c.position().line()),
                                "choice " + c.id() + " of " + q.id() + " is offered after " + answers
                                        + " but reported never offered: " + found + "\n" + yaml);
                    }
                    for (var c : ask.hidden()) {
                        int line = c.position().line();
                        assertTrue(c.redFlag() == null || reported.test("red-flag-hidden", line)
                                || reported.test("never-offered", line) || reported.test("choice-never-asked", line),
                                "red flag " + c.id() + " of " + q.id() + " is hidden after " + answers + ", not reported: "
                                        + found + "\n" + yaml);
                    }
                    if (q.type().hasChoices() && ask.offered().isEmpty()) {
                        assertTrue(reported.test("no-choice-offered", q.position().line()), q.id()
                                + " offers nothing after " + answers + ", not reported: " + found + "\n" + yaml);
                        break;
                    }
                    answers.put(q.id(), ValidTreePropertiesTest.randomAnswer(ask.shown(), random));
                    step = Engine.step(tree, answers);
                }
                if (!(step instanceof Step.Reached reached)) {
                    continue;
                }
                for (TraceEntry t : reached.trace()) {
                    if (!(t.answer() instanceof Answer.Chosen chosen)) {
                        continue;
                    }
                    for (String id : chosen.choices()) {
                        var choice = t.question().choice(id).orElseThrow();
                        if (choice.redFlag() != null && reached.outcome().urgency().compareTo(choice.redFlag()) < 0) {
                            assertTrue(reported.test("red-flag-unsafe", choice.position().line()), "the walk " + answers
                                    + " takes red flag " + id + " of " + t.question().id() + " to "
                                    + reached.outcome().id() + ", which the proof missed\n" + yaml);
                        }
                    }
                }
            }
        });
    }
}
