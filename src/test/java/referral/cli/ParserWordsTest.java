package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import referral.testing.Cli;

/**
 * Broken YAML as people write it, through the command line: each is one line with its position,
 * in words about the file, never the parser's own (its token names, "while scanning...",
 * "\t(TAB)"), whichever parser reads it.
 */
class ParserWordsTest {
    static final String SMALL = "src/test/resources/trees/small.yaml";
    /** The parser's words, which say nothing to a person editing a file. */
    static final List<String> JARGON = List.of("token", "scalar", "<", ">", "(tab)", "while scanning", "while parsing",
            "node content", "stream end", "document start", "block end", "flow node", "simple key", "indicator",
            "exception", "snakeyaml", "jackson");

    @TempDir
    Path dir;

    static List<String> broken() {
        return List.of("signs:\t[none]\n", "signs: [none,\n", "signs: {a: b\n", "signs: \"none\n", "signs: 'none\n",
                "signs: none\n age: 4: 0\n", "signs: none\n- age\n", "signs: \"\\q\"\n", "signs: \"\\x4\"\n",
                "signs: &\n", "signs: *\n", "signs: @none\n", "signs: `none\n", "{signs: none}}\n",
                "%YAML 1.2\n%YAML 1.2\n---\nsigns: none\n", "signs:\n  - none\n\t- numb\n", "k".repeat(1100) + ": v\n",
                "signs: none\nage:\n  " + "x".repeat(2000) + ": 4\n");
    }

    private static void assertPlainWords(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        for (String word : JARGON) {
            assertFalse(l.replaceFirst("^referral: [^ ]*?:\\d+:\\d+: ", "").contains(word),
                    () -> "the parser's word '" + word + "' in: " + line);
        }
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenAnswersAreOneLineInPlainWordsWithTheirPosition(String answers) {
        Cli.Result r = Cli.runWithInput(answers, "run", "--rules", SMALL, "--answers", "-");
        assertEquals(4, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertTrue(r.err().matches("referral: <stdin>:\\d+:\\d+: .*\n"), r.err());
        assertPlainWords(r.err());
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenRulesAreOneFindingInPlainWordsWithTheirPosition(String yaml) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "id: t\nversion: 1.0.0\n" + yaml);
        Cli.Result r = Cli.run("check", rules.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*rules\\.yaml:\\d+:\\d+: error: .*\\[yaml-syntax\\]\n"), r.out());
        assertPlainWords(r.out().replace(rules.toString(), "rules.yaml").replaceFirst("^rules\\.yaml", "referral: x"));
    }

    @Test
    void aTabAndAnUnclosedListAndALongKeyAreSaidAsSuch() {
        assertEquals("referral: <stdin>:1:7: a tab is used where YAML needs spaces\n",
                Cli.runWithInput("signs:\t[none]\n", "run", "--rules", SMALL, "--answers", "-").err());
        assertEquals("referral: <stdin>:2:1: the file ends where a value was expected; check for an unclosed [ or {,"
                + " or a missing value\n", Cli.runWithInput("signs: [none,\n", "run", "--rules", SMALL, "--answers", "-").err());
        // It was "a line here is neither 'key: value' nor a list item".
        assertEquals("referral: <stdin>:1:1101: a key of 1100 characters; YAML allows at most 1024 characters in a key\n",
                Cli.runWithInput("k".repeat(1100) + ": v\n", "run", "--rules", SMALL, "--answers", "-").err());
    }
}
