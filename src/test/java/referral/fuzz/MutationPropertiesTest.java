package referral.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertClean;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;

/**
 * Random byte and token mutations of real inputs: the bundled tree (read from {@code rules/} at test
 * time, whatever it holds today) and answer files for a tree of our own. Whatever the mutation, the
 * command ends with a result or clean one-line errors and a documented exit code: never an uncaught
 * exception (exit 70), never a hang.
 */
class MutationPropertiesTest {
    /** Pieces of YAML syntax that make parsers take unusual paths. */
    private static final List<String> TOKENS = List.of("&a ", "*a", "&b [*a, *a, *a]", "[", "]", "{", "}", ": ",
            "- ", "\t", "---\n", "...\n", "\"", "'", "!!int ", "!!str ", "!foo ", "? ", "|\n", ">-\n", "#", "\n",
            "    ", "\u0000", "\uFEFF", "~", "null", ".nan", "-.inf", "1e999", "99999999999999999999", "<<: *a\n",
            "%YAML 1.2\n", "yes", "true", "\\u0041", "\"\\x", ",", "@", "`", "%", "\u2028", "\r");
    private static final Set<Integer> RULES_EXITS = Set.of(0, 3, 4);
    private static final Set<Integer> ANSWERS_EXITS = Set.of(0, 4);
    private static final List<String> VALID_ANSWERS = List.of(
            "signs: none\nage: 40\nrest: no\n",
            "signs: [numb]\nage: 55\nrest: yes\nwhere: joints\n",
            "{\"signs\": [\"chest\"]}\n",
            "# saved by referral\nsigns: none\nage: 12\n");
    private static final Path SMALL_TREE = Path.of("src/test/resources/robustness/small-tree.yaml").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void aMutatedBundledTreeGivesAResultOrCleanErrors() throws Exception {
        byte[] bundled = Files.readAllBytes(Path.of("rules/muscle-pain.yaml"));
        Tries.forEachSeed("aMutatedBundledTreeGivesAResultOrCleanErrors", seed -> {
            byte[] rules = mutate(bundled, new Random(seed));
            Path file = Files.write(work.resolve("rules.yaml"), rules);
            try {
                Cli.Result run = Bounded.within("seed " + seed, () ->
                        Cli.runWithInput("{}", "run", "--rules", file.toString(), "--answers", "-"));
                assertTrue(RULES_EXITS.contains(run.exit()), () -> "exit " + run.exit() + ": " + run.err());
                assertClean(run.err());
                Cli.Result check = Bounded.within("seed " + seed, () -> Cli.run("check", file.toString()));
                assertTrue(check.exit() == 0 || check.exit() == 1, () -> "exit " + check.exit() + ": " + check.err());
                assertClean(check.err());
                for (String line : check.out().split("\n")) {
                    assertTrue(line.isEmpty() || line.startsWith(file.toString()), () -> "a stray line: " + line);
                    assertTrue(!line.contains("Exception"), line);
                }
            } catch (Exception | AssertionError e) {
                throw new AssertionError("input kept at " + Tries.keep("rules", seed, rules) + ": " + e.getMessage(), e);
            }
        });
    }

    @Test
    void mutatedAnswersGiveAResultOrCleanErrors() throws Exception {
        Tries.forEachSeed("mutatedAnswersGiveAResultOrCleanErrors", seed -> {
            Random random = new Random(seed);
            byte[] base = VALID_ANSWERS.get(random.nextInt(VALID_ANSWERS.size())).getBytes(StandardCharsets.UTF_8);
            byte[] answers = mutate(base, random);
            try {
                for (String command : List.of("run", "next")) {
                    Cli.Result r = Bounded.within("seed " + seed, () ->
                            Cli.runWithInput(answers, command, "--rules", SMALL_TREE.toString(), "--answers", "-"));
                    assertTrue(ANSWERS_EXITS.contains(r.exit()), () -> "exit " + r.exit() + ": " + r.err());
                    assertClean(r.err());
                }
            } catch (Exception | AssertionError e) {
                throw new AssertionError("input kept at " + Tries.keep("answers", seed, answers) + ": " + e.getMessage(), e);
            }
        });
    }

    /** One to eight mutations, each chosen and placed at random. */
    static byte[] mutate(byte[] input, Random random) {
        byte[] bytes = input;
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            bytes = mutateOnce(bytes, random);
        }
        return bytes;
    }

    private static byte[] mutateOnce(byte[] in, Random r) {
        int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
        int span = Math.min(in.length - at, 1 + r.nextInt(64));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        switch (r.nextInt(6)) {
            case 0 -> { // set one byte to anything, including invalid UTF-8
                byte[] b = in.clone();
                if (b.length > 0) {
                    b[Math.min(at, b.length - 1)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 1 -> { // delete a range
                out.write(in, 0, at);
                out.write(in, at + span, in.length - at - span);
            }
            case 2 -> { // repeat a range
                out.write(in, 0, at + span);
                out.write(in, at, span);
                out.write(in, at + span, in.length - at - span);
            }
            case 3 -> { // insert a YAML token
                out.write(in, 0, at);
                out.writeBytes(TOKENS.get(r.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
                out.write(in, at, in.length - at);
            }
            case 4 -> // cut the file short
                out.write(in, 0, at);
            default -> { // swap two lines
                String[] lines = new String(in, StandardCharsets.UTF_8).split("\n", -1);
                if (lines.length > 1) {
                    int a = r.nextInt(lines.length);
                    int b = r.nextInt(lines.length);
                    String t = lines[a];
                    lines[a] = lines[b];
                    lines[b] = t;
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
        return out.toByteArray();
    }
}
