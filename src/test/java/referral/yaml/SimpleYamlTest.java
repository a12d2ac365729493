package referral.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast reader for simple documents gives exactly what the full YAML reader gives (nodes, kinds,
 * positions), and declines everything else.
 */
class SimpleYamlTest {

    private static Optional<YamlReader.Document> simple(String text) {
        return SimpleYaml.read("a.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    /** When the fast reader answers, its answer is the full reader's. */
    private static boolean agrees(String text) {
        Optional<YamlReader.Document> fast = simple(text);
        if (fast.isEmpty()) {
            return false;
        }
        YamlReader.Document full;
        try {
            full = new YamlReader(YamlLimits.ANSWERS).read("a.yaml", text.getBytes(StandardCharsets.UTF_8));
        } catch (YamlException e) {
            throw new AssertionError("the fast reader accepted what YAML refuses: " + text + "\n" + e.format());
        }
        assertEquals(full.root(), fast.get().root(), text);
        assertEquals(full.problems(), fast.get().problems(), text);
        return true;
    }

    @Test
    void answersFilesAsPeopleWriteThemAreReadTheFastWay() {
        assertTrue(agrees("emergency-signs: none\nage: 55\npain-at-rest: yes\nwhere: widespread\n"));
        assertTrue(agrees("# referral answers: replay with `referral run --answers FILE`\nsigns: [numb, none]\nage: 40\n"));
        assertTrue(agrees("\n  # a comment\nsigns: chest   # trailing comment\n\nweight: 72.5\nrest: No\nt: -3\n"));
        assertTrue(agrees("{emergency-signs: none, age: 30, pain-at-rest: no, after-workout: yes}\n"));
        assertTrue(agrees("{a: [x, y],b: 1}"));
        assertTrue(agrees("a: b"));
        assertTrue(agrees("a:   [ x ,y ]  \nB_2: Q-1\n"));
        assertTrue(agrees("{}\n"));
        assertTrue(agrees("{  } # nothing yet"));
        assertTrue(agrees(""));
        assertTrue(agrees("# only a comment\n\n"));
    }

    @Test
    void anythingElseIsLeftToTheFullReader() {
        for (String text : List.of("a: true\n", "a: NULL\n", "a: False\n", "a: ~\n",
                "a: 'quoted'\n", "a: \"x\"\n", "a:\n  - x\n", "a:\n", "a: x\na: y\n", "a: 1e3\n", "a: 007\n",
                "a: .5\n", "a: 0x1F\n", "a: x\tb\n", "a: x\r\nb: y\r\n", "a: été\n", "  a: x\n", "a : x\n",
                "a: x#y\n", "a: &k x\n", "a: *k\n", "---\na: x\n", "a: []\n", "{a: x}\nb: y\n", "{}{}\n",
                "a: [x, [y]]\n", "a: x: y\n", "- a\n- b\n", "a: +5\n", "a: 1.\n", "a: x y\n", "{a: x\n", "a: [x\n",
                "a: " + "w".repeat(300) + "\n")) {
            assertTrue(simple(text).isEmpty(), () -> "not simple: " + text);
        }
    }

    @Test
    void randomSimpleDocumentsAgreeWithTheFullReader() {
        Random random = new Random(11);
        String[] words = {"yes", "no", "Yes", "none", "back-pain", "x", "on", "off", "y", "n", "nan", "inf", "NaN",
                "0", "-0", "1", "42", "-7", "3.25", "-0.5", "120", "10.0", "truex", "nullable", "False-ish", "x1"};
        int fast = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder doc = new StringBuilder();
            boolean flow = random.nextInt(4) == 0;
            List<String> entries = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                String value = random.nextInt(3) == 0
                        ? "[" + String.join("," + " ".repeat(random.nextInt(3)),
                                List.of(words[random.nextInt(words.length)], words[random.nextInt(words.length)])) + "]"
                        : words[random.nextInt(words.length)];
                entries.add("k" + k + ":" + " ".repeat(1 + random.nextInt(2)) + value);
            }
            if (flow) {
                doc.append("{").append(String.join(", ", entries)).append("}\n");
            } else {
                for (String e : entries) {
                    if (random.nextInt(4) == 0) {
                        doc.append(random.nextBoolean() ? "\n" : "# note\n");
                    }
                    doc.append(e).append(random.nextInt(5) == 0 ? "  # why" : "").append('\n');
                }
            }
            if (agrees(doc.toString())) {
                fast++;
            }
        }
        assertTrue(fast > 2000, "the fast reader took " + fast + " of 3000");
    }
}
