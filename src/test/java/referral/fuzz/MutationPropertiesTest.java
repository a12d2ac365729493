package referral.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertClean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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

    private static byte[] bundledTree;
    private static Path smallTree;
    private static Path work;

    @BeforeContainer
    static void readInputs() throws IOException {
        bundledTree = Files.readAllBytes(Path.of("rules/muscle-pain.yaml"));
        smallTree = Path.of("src/test/resources/robustness/small-tree.yaml").toAbsolutePath();
        work = Files.createTempDirectory("referral-fuzz");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.list(work)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(work);
    }

    @Provide
    Arbitrary<List<Long>> mutations() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void aMutatedBundledTreeGivesAResultOrCleanErrors(@ForAll("mutations") List<Long> mutations) throws Exception {
        byte[] rules = mutate(bundledTree, mutations);
        Path file = Files.write(Files.createTempFile(work, "rules", ".yaml"), rules);
        try {
            Cli.Result run = Bounded.within(describe(mutations), () ->
                    Cli.runWithInput("{}", "run", "--rules", file.toString(), "--answers", "-"));
            assertTrue(RULES_EXITS.contains(run.exit()), () -> "exit " + run.exit() + ": " + run.err());
            assertClean(run.err());
            Cli.Result check = Bounded.within(describe(mutations), () -> Cli.run("check", file.toString()));
            assertTrue(check.exit() == 0 || check.exit() == 1, () -> "exit " + check.exit() + ": " + check.err());
            assertClean(check.err());
            for (String line : check.out().split("\n")) {
                assertTrue(line.isEmpty() || line.startsWith(file.toString()), () -> "a stray line: " + line);
                assertTrue(!line.contains("Exception"), line);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property
    void mutatedAnswersGiveAResultOrCleanErrors(@ForAll("mutations") List<Long> mutations,
                                                @ForAll int which) throws Exception {
        byte[] base = VALID_ANSWERS.get(Math.floorMod(which, VALID_ANSWERS.size())).getBytes(StandardCharsets.UTF_8);
        byte[] answers = mutate(base, mutations);
        for (String command : List.of("run", "next")) {
            Cli.Result r = Bounded.within(describe(mutations), () ->
                    Cli.runWithInput(answers, command, "--rules", smallTree.toString(), "--answers", "-"));
            assertTrue(ANSWERS_EXITS.contains(r.exit()), () -> "exit " + r.exit() + ": " + r.err());
            assertClean(r.err());
        }
    }

    private static String describe(List<Long> mutations) {
        return "mutations " + mutations;
    }

    /** Applies each mutation (chosen and placed by its seed) in turn. */
    static byte[] mutate(byte[] input, List<Long> seeds) {
        byte[] bytes = input;
        for (long seed : seeds) {
            bytes = mutateOnce(bytes, new Random(seed));
        }
        return bytes;
    }

    private static byte[] mutateOnce(byte[] in, Random r) {
        int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
        int span = Math.min(in.length - at, 1 + r.nextInt(64));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        switch (r.nextInt(6)) {
            case 0 -> { // flip one byte to anything, including invalid UTF-8
                out.write(in, 0, in.length);
                byte[] b = out.toByteArray();
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
