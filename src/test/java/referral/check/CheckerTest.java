package referral.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.testing.Trees;

class CheckerTest {

    private static List<String> findings(String yaml) {
        return findings(yaml, null);
    }

    /** With a French translation file, when {@code french} is not null. */
    private static List<String> findings(String yaml, String french) {
        var loaded = french == null ? Trees.load(yaml) : Trees.load(yaml, "fr", french);
        assertTrue(loaded.diagnostics().isEmpty(), () -> "loader: " + loaded.diagnostics());
        // The small tree leaves out help and sources on purpose; the text checks have their own tests.
        return new Checker().check(loaded.tree().orElseThrow()).stream()
                .filter(d -> !List.of(Code.MISSING_HELP, Code.MISSING_SOURCES, Code.UNUSED_SOURCE).contains(d.code()))
                .map(Diagnostic::format).toList();
    }

    @Test
    void theSmallTreeIsClean() {
        assertEquals(List.of(), findings(Trees.SMALL));
    }

    @Test
    void anOutcomesWhoAndTheCliniciansAreTextsLikeAnyOther() {
        String yaml = Trees.SMALL.replace("sources:\n  s1: Source one\n", "sources:\n  s1: Source one\nclinicians:\n"
                        + "  rheumatologist: ''\n  physiatrist: A physiatrist treats pain.\n")
                .replace("rheum: {see: rheumatologist,", "rheum: {see: rheumatologist, who: '" + "a".repeat(101) + "',");
        List<String> f = findings(yaml, "clinicians:\n  physiatrist: {en: A physiatrist treats pain., fr: Un physiatre.}\n");
        assertTrue(f.contains("test.yaml:8:3: warning: 'clinicians' entry 'rheumatologist' is empty [empty-text]"), f.toString());
        assertTrue(f.contains("test.yaml:54:3: warning: 'who' of outcome 'rheum' is 101 characters; keep it under 100 so it "
                + "reads at a glance [long-text]"), f.toString());
        assertTrue(f.contains("test.yaml:54:37: warning: 'who' of outcome 'rheum' has no fr text in test.fr.yaml "
                + "[missing-translation]"), f.toString());
        assertTrue(f.stream().noneMatch(l -> l.contains("'physiatrist' has no fr")), f.toString());
    }

    @Test
    void aGotoToNowhereSuggestsTheClosestId() {
        assertEquals(List.of("test.yaml:37:15: error: goto 'hoem' names no question or outcome (did you mean 'home'?)"
                        + " [unknown-goto]",
                "test.yaml:52:3: warning: outcome 'home' is never reached: no path from start leads to it [unreachable]"),
                findings(Trees.SMALL.replace("goto: home", "goto: hoem")));
    }

    @Test
    void conditionsMustNameRealQuestionsAndChoices() {
        List<String> f = findings(Trees.SMALL.replace("- when: {rest: yes}", "- when: {rest: maybe}")
                .replace("- when: {signs: chest}", "- when: {sings: chest}"));
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(0).contains("names 'sings', which is not a question (did you mean 'signs'?) [unknown-question]"), f.get(0));
        assertTrue(f.get(1).contains("'maybe' is not a choice of 'rest'; expected one of: yes, no [unknown-choice]"), f.get(1));
    }

    @Test
    void aNextListMustEndWithAnOtherwise() {
        List<String> f = findings(Trees.SMALL.replace("      - goto: home\n", ""));
        assertTrue(f.get(0).endsWith("the 'next' of 'rest' can fall through: end it with an entry that has only a goto"
                + " (the otherwise case) [fall-through]"), f.toString());
    }

    @Test
    void entriesAfterAnOtherwiseCanNeverBeTaken() {
        List<String> f = findings(Trees.SMALL.replace("      - goto: home\n", "      - goto: home\n      - goto: gp\n"));
        assertTrue(f.get(0).contains("[unreachable-branch]"), f.toString());
    }

    @Test
    void loopsAreFound() {
        List<String> f = findings(Trees.SMALL.replace("      - goto: rest\n  rest:", "      - goto: signs\n  rest:"));
        assertTrue(f.stream().anyMatch(x -> x.contains("goto 'signs' from 'age' makes a loop") && x.contains("[cycle]")),
                f.toString());
    }

    @Test
    void numberTestsOnlyApplyToNumberQuestions() {
        List<String> f = findings(Trees.SMALL.replace("- when: {rest: yes}", "- when: {rest: {below: 3}}"));
        assertTrue(f.get(0).contains("below/at-least only test number questions [wrong-test]"), f.toString());
    }

    @Test
    void anUnknownStartIsAnError() {
        List<String> f = findings(Trees.SMALL.replace("start: signs", "start: sign"));
        assertTrue(f.get(0).startsWith("test.yaml:4:8: error: start 'sign' is not a question (did you mean 'signs'?)"),
                f.toString());
    }

    @Test
    void citedSourcesMustBeDeclared() {
        List<String> f = findings(Trees.SMALL.replace("sources: [s1]}", "sources: [s2]}"));
        assertTrue(f.stream().allMatch(x -> x.contains("[unknown-source]")) && f.size() == 2, f.toString());
    }
}
