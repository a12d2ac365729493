package referral.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.rules.RulesLoader;
import referral.testing.CleanTree;
import referral.testing.Trees;

/**
 * One small broken tree per diagnostic code, and where the finding must point. Each tree is
 * the clean {@link #TREE} with one edit, read and checked the way {@code referral check} does.
 */
class DiagnosticCodesTest {

    /** A clean tree: every line number below refers to it (after the edit). */
    static final String TREE = CleanTree.YAML;

    /** Where a case's translation file ({@code test.ru.yaml}) starts. */
    private static final String RU = "#--- test.ru.yaml ---\n";

    /** What {@code referral check} reports for a file: the loader's findings, then the checker's. */
    static List<Diagnostic> check(String yaml) {
        // A case may hold a Russian translation file after the tree, after this line.
        int cut = yaml.indexOf(RU);
        return (cut < 0 ? Trees.checked(yaml)
                : Trees.checked(yaml.substring(0, cut), "ru", yaml.substring(cut + RU.length()))).diagnostics();
    }

    private static String edit(String from, String to) {
        assertTrue(TREE.contains(from), () -> "the edit applies: " + from);
        return TREE.replace(from, to);
    }

    /** The tree with 'rest' a one question of two choices (lines 38 and 39), so that they can carry a 'when'. */
    private static String restAsOne(String yes, String no) {
        return edit("    type: yes-no\n", "    type: one\n    choices:\n      " + yes + "\n      " + no + "\n");
    }

    private static String choices(int n) {
        return Stream.iterate(1, i -> i + 1).limit(n).map(i -> "      c" + i + ": Choice " + i + "\n")
                .collect(Collectors.joining());
    }

    /** Yes-no questions q1 to qN after 'rest', each going to the next, the last to 'home'. */
    private static String chain(int n) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            yaml.append("  q").append(i).append(":\n    text: Question ").append(i).append("?\n    help: Asked.\n")
                    .append("    type: yes-no\n    next:\n      - goto: ").append(i < n ? "q" + (i + 1) : "home").append('\n');
        }
        return yaml.toString();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("yaml-syntax", "error", "test.yaml:12:12", edit("    type: multi", "    type: [multi")),
                Arguments.of("empty-file", "error", "test.yaml", ""),
                Arguments.of("duplicate-key", "error", "test.yaml:11:5",
                        edit("    help: Red flags first.\n", "    help: Red flags first.\n    text: Again?\n")),
                Arguments.of("unknown-key", "error", "test.yaml:10:5", edit("    help: Red", "    hlep: Red")),
                Arguments.of("missing-key", "error", "test.yaml:24:5", edit("    text: How old are you?\n", "")),
                Arguments.of("wrong-type", "error", "test.yaml:27:10", edit("    min: 0", "    min: [0]")),
                Arguments.of("bad-value", "error", "test.yaml:43:36",
                        edit("urgency: routine", "urgency: whenever")),
                Arguments.of("bad-id", "error", "test.yaml:6:3", edit("  s1: Source one", "  S1: Source one")),
                Arguments.of("duplicate-id", "error", "test.yaml:45:3",
                        TREE + "  age: {see: self-care, urgency: self-care, title: A, say: B., sources: [s1]}\n"),
                Arguments.of("bad-condition", "error", "test.yaml:38:15", edit("- when: {rest: yes}", "- when: [rest, yes]")),
                Arguments.of("unknown-start", "error", "test.yaml:4:8", edit("start: signs", "start: sings")),
                Arguments.of("start-is-outcome", "warning", "test.yaml:4:8", edit("start: signs", "start: call")),
                Arguments.of("empty-next", "error", "test.yaml:33:3",
                        edit("    next:\n      - when: {rest: yes}\n        goto: gp\n      - goto: home\n", "    next: []\n")),
                Arguments.of("unknown-goto", "error", "test.yaml:40:15", edit("goto: home", "goto: hoem")),
                Arguments.of("cycle", "error", "test.yaml:40:15", edit("      - goto: home", "      - goto: signs")),
                Arguments.of("fall-through", "error", "test.yaml:38:9", edit("      - goto: home\n", "")),
                Arguments.of("unreachable-branch", "error", "test.yaml:41:9",
                        edit("      - goto: home\n", "      - goto: home\n      - goto: gp\n")),
                Arguments.of("unknown-question", "error", "test.yaml:38:16", edit("{rest: yes}", "{rset: yes}")),
                Arguments.of("unknown-choice", "error", "test.yaml:38:16", edit("{rest: yes}", "{rest: maybe}")),
                Arguments.of("wrong-test", "error", "test.yaml:38:23", edit("{rest: yes}", "{rest: {below: 3}}")),
                Arguments.of("unknown-source", "error", "test.yaml:42:3", edit("title: Call now, say: Call now., sources: [s1]",
                        "title: Call now, say: Call now., sources: [s2]")),
                Arguments.of("red-flag-unsafe", "error", "test.yaml:13:7", edit("goto: call", "goto: home")),
                Arguments.of("shadowed", "error", "test.yaml:32:9", edit("        goto: gp\n      - goto: rest",
                        "        goto: gp\n      - when: {age: {below: 10}}\n        goto: home\n      - goto: rest")),
                Arguments.of("never-matches", "error", "test.yaml:30:9", edit("{age: {below: 18}}", "{age: {below: 0}}")),
                Arguments.of("never-asked", "error", "test.yaml:20:16", edit("- when: {signs: numb}", "- when: {rest: yes}")),
                Arguments.of("maybe-unasked", "warning", "test.yaml:38:22",
                        edit("      - when: {rest: yes}\n        goto: gp\n      - goto: home\n",
                                "      - when: {age: {below: 50}}\n        goto: gp\n      - when: {age: {at-least: 50}}\n"
                                        + "        goto: home\n      - goto: call\n")
                                .replace("      - goto: age\n", "      - goto: rest\n")),
                Arguments.of("unreachable", "warning", "test.yaml:45:3",
                        TREE + "  spare: {see: self-care, urgency: self-care, title: Spare, say: Spare., sources: [s1]}\n"),
                Arguments.of("ignored-question", "warning", "test.yaml:33:3",
                        edit("      - when: {rest: yes}\n        goto: gp\n      - goto: home\n", "      - goto: home\n")),
                Arguments.of("unused-choice", "warning", "test.yaml:15:7",
                        edit("      numb: Numbness\n", "      numb: Numbness\n      cramp: Cramps\n")),
                Arguments.of("red-flag-late", "warning", "test.yaml:31:3",
                        edit("      - when: {age: {below: 18}}\n        goto: gp\n", "")
                                .replace("    type: yes-no\n", "    type: yes-no\n    choices:\n      yes: {text: \"Yes\", red-flag: emergency}\n")
                                .replace("- when: {rest: yes}\n        goto: gp", "- when: {rest: yes}\n        goto: call")),
                Arguments.of("never-offered", "error", "test.yaml:39:35", restAsOne("yes: Yes", "no: {text: No, when: {age: {below: 10}}}")),
                Arguments.of("choice-never-asked", "error", "test.yaml:39:29", restAsOne("yes: Yes", "no: {text: No, when: {rest: yes}}")),
                Arguments.of("no-choice-offered", "error", "test.yaml:33:3", restAsOne("yes: {text: Yes, when: {age: {at-least: 60}}}",
                        "no: {text: No, when: {age: {at-least: 60}}}")),
                Arguments.of("red-flag-hidden", "warning", "test.yaml:38:37",
                        restAsOne("yes: {text: Yes, when: {age: {at-least: 60}}, red-flag: soon}", "no: No")
                                .replace("- when: {rest: yes}\n        goto: gp", "- when: {rest: yes}\n        goto: call")),
                Arguments.of("proof-too-large", "error", "test.yaml:23:3",
                        edit("    type: number\n    min: 0\n    max: 120\n", "    type: one\n    choices:\n" + choices(65))
                                .replace("{age: {below: 18}}", "{age: c1}")),
                Arguments.of("path-too-long", "error", "test.yaml:" + (41 + 997 * 6) + ":3", edit("      - goto: home\n",
                        "      - goto: q1\n" + chain(1000))),
                Arguments.of("empty-text", "warning", "test.yaml:8:3", edit("    help: Red flags first.", "    help: \"\"")),
                Arguments.of("long-text", "warning", "test.yaml:8:3", edit("    help: Red flags first.",
                        "    help: " + "Red flags first. ".repeat(30).strip())),
                Arguments.of("missing-help", "warning", "test.yaml:33:3", edit("    help: Pain at rest matters.\n", "")),
                Arguments.of("missing-sources", "warning", "test.yaml:44:3",
                        edit("say: It should pass., sources: [s1]}", "say: It should pass.}")),
                Arguments.of("unused-source", "warning", "test.yaml:7:3", edit("  s1: Source one\n", "  s1: Source one\n  s2: Source two\n")),
                Arguments.of("missing-translation", "warning", "test.yaml:24:11",
                        TREE + RU + "questions:\n  signs:\n    text: {en: Any of these now?, ru: Что-нибудь из этого есть сейчас?}\n"),
                Arguments.of("stale-translation", "warning", "test.ru.yaml:3:11",
                        TREE + RU + "questions:\n  age:\n    text: {en: How old were you?, ru: Сколько вам было лет?}\n"));
    }

    @Test
    void theCleanTreeHasNoFindings() {
        assertEquals(List.of(), check(TREE).stream().map(Diagnostic::format).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCodeIsReportedWhereTheProblemIs(String code, String severity, String where, String yaml) {
        List<Diagnostic> found = check(yaml);
        List<String> lines = found.stream().map(Diagnostic::format).toList();
        assertTrue(found.stream().anyMatch(d -> d.code().id().equals(code) && d.position().toString().equals(where)
                        && d.severity().label().equals(severity)),
                () -> "expected " + severity + " [" + code + "] at " + where + " in:\n" + String.join("\n", lines));
    }

    @Test
    void tooLargeFilesAreRefusedBeforeReading() {
        var content = new referral.files.InputFiles.Content("big.yaml", new byte[0], true, 6L * 1024 * 1024);
        List<Diagnostic> found = new RulesLoader().load(content).diagnostics();
        assertEquals(Code.TOO_LARGE, found.get(0).code());
        assertEquals("big.yaml", found.get(0).position().toString());
    }

    @Test
    void everyRulesCodeInTheCatalogueHasACaseHere() {
        Set<String> tested = cases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        tested.add("too-large");
        // The codes of answers, case files and files have theirs in cli/InputCodesTest.
        Set<String> catalogue = Code.of(Input.RULES).stream().map(Code::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalogue, tested);
    }
}
