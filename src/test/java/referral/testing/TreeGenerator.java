package referral.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.yaml.YamlLimits;

/**
 * Writes large, valid rules files for tests and benchmarks: two red-flag questions, two
 * questions every path asks ({@code age}, {@code group}), then a DAG of body questions of every
 * type whose branches jump up to {@value #WINDOW} questions ahead, so the number of paths grows
 * exponentially with the size while each question only tests its own answer and the two global
 * ones. Each question's final entry is open to every value of the global answers, so no branch
 * is dead. The same size and seed always give the same file. {@code check} finds nothing in it.
 *
 * <pre>java -cp target/referral.jar:target/test-classes referral.testing.TreeGenerator 10000 [SEED] [--unsafe] > big.yaml</pre>
 *
 * <p>A large generated tree exceeds what {@code referral check} reads from a file (a rules file is
 * at most 50 000 YAML values, against hostile input); load it with {@link #load} or
 * {@code new RulesLoader(TreeGenerator.LIMITS)}.
 *
 * <p>With {@code unsafe}, a body question halfway down gets a red-flag choice ({@code urgent})
 * whose paths can still end at routine outcomes: the safety proof must find one.
 */
public final class TreeGenerator {
    static final int WINDOW = 20;
    private static final String[] OUTCOMES = {"routine-a", "routine-b", "soon", "home", "urgent-care"};

    private final int size;
    private final Random random;
    private final boolean unsafe;
    private final StringBuilder y = new StringBuilder();

    private TreeGenerator(int size, long seed, boolean unsafe) {
        if (size < 6) {
            throw new IllegalArgumentException("a generated tree needs at least 6 questions");
        }
        this.size = size;
        this.random = new Random(seed);
        this.unsafe = unsafe;
    }

    /**
     * Limits for reading generated trees: a 10 000-question tree holds about 350 000 YAML values,
     * far above what a hand-written rules file may ({@link YamlLimits#RULES}).
     */
    public static final YamlLimits LIMITS = new YamlLimits(256L * 1024 * 1024, 64, 20_000_000, 20_000);

    /** Loads a generated tree (with {@link #LIMITS}). */
    public static Tree load(String name, String yaml) {
        RulesLoader.Loaded loaded = new RulesLoader(LIMITS).parse(name, yaml.getBytes(StandardCharsets.UTF_8));
        if (loaded.hasErrors()) {
            throw new IllegalStateException("generated tree does not load: " + loaded.diagnostics());
        }
        return loaded.tree().orElseThrow();
    }

    /** A tree with {@code questions} questions in all. */
    public static String yaml(int questions, long seed) {
        return new TreeGenerator(questions, seed, false).write();
    }

    /** The same tree with one red-flag choice halfway down that can end at a routine outcome. */
    public static String unsafeYaml(int questions, long seed) {
        return new TreeGenerator(questions, seed, true).write();
    }

    /** The id of the question that carries the unsafe red flag in {@link #unsafeYaml}. */
    public static String unsafeQuestion(int questions) {
        return "q" + (questions / 2);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 && !args[1].startsWith("--") ? Long.parseLong(args[1]) : 1;
        boolean unsafe = List.of(args).contains("--unsafe");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(new TreeGenerator(n, seed, unsafe).write());
        out.flush();
    }

    private String write() {
        y.append("id: generated\nversion: 1.0.0\ntitle: A generated tree of ").append(size).append(" questions\n");
        y.append("start: signs\nsources:\n  s1: Generated source\nquestions:\n");
        y.append("""
                  signs:
                    text: Any of these now?
                    help: Red flags first.
                    type: multi
                    choices:
                      f1: {text: Flag one, red-flag: emergency}
                      f2: {text: Flag two, red-flag: emergency}
                      f3: {text: Flag three, red-flag: urgent}
                      none: None of these
                    exclusive: [none]
                    next:
                      - when: {signs: {any: [f1, f2]}}
                        goto: call-now
                      - when: {signs: f3}
                        goto: urgent-care
                      - goto: breath
                  breath:
                    text: Trouble breathing?
                    help: Red flags first.
                    type: yes-no
                    choices:
                      yes: {text: "Yes", red-flag: emergency}
                    next:
                      - when: {breath: yes}
                        goto: call-now
                      - goto: age
                  age:
                    text: How old are you?
                    help: Asked on every path.
                    type: number
                    min: 0
                    max: 120
                    next:
                      - goto: group
                  group:
                    text: Which group?
                    help: Asked on every path.
                    type: one
                    choices:
                      a: Group A
                      b: Group B
                      c: Group C
                    next:
                      - goto: q4
                """);
        for (int i = 4; i < size; i++) {
            question(i);
        }
        y.append("outcomes:\n");
        y.append("  call-now: {see: emergency, urgency: emergency, title: Call now, say: Call now., sources: [s1]}\n");
        y.append("  urgent-care: {see: primary-care, urgency: urgent, title: Today, say: Today., sources: [s1]}\n");
        y.append("  routine-a: {see: physiatrist, urgency: routine, title: Book A, say: Book., sources: [s1]}\n");
        y.append("  routine-b: {see: rheumatologist, urgency: routine, title: Book B, say: Book., sources: [s1]}\n");
        y.append("  soon: {see: orthopedist, urgency: soon, title: Soon, say: Within days., sources: [s1]}\n");
        y.append("  home: {see: self-care, urgency: self-care, title: Home, say: Rest., sources: [s1]}\n");
        return y.toString();
    }

    private void question(int i) {
        String id = "q" + i;
        boolean flagged = unsafe && i == size / 2;
        int kind = flagged ? 1 : random.nextInt(4);
        y.append("  ").append(id).append(":\n    text: Question ").append(i).append("?\n    help: Why ").append(i).append(".\n");
        List<String> entries = new ArrayList<>();
        switch (kind) {
            case 0 -> {
                y.append("    type: one\n    choices:\n      c1: One\n      c2: Two\n      c3: Three\n");
                entries.add("{" + id + ": c1}");
                entries.add("{all: [{" + id + ": {any: [c2]}}, {age: {at-least: 50}}]}");
                entries.add("{" + id + ": c2}");
            }
            case 1 -> {
                y.append("    type: yes-no\n");
                if (flagged) {
                    y.append("    choices:\n      yes: {text: \"Yes\", red-flag: urgent}\n");
                }
                entries.add("{all: [{" + id + ": yes}, {group: a}]}");
                entries.add("{" + id + ": yes}");
            }
            case 2 -> {
                y.append("    type: number\n    min: 0\n    max: 10\n");
                entries.add("{" + id + ": {below: 3}}");
                entries.add("{all: [{" + id + ": {at-least: 8}}, {age: {below: 18}}]}");
                entries.add("{" + id + ": {at-least: 8}}");
            }
            default -> {
                y.append("    type: multi\n    choices:\n      c1: One\n      c2: Two\n      c3: Three\n      none: None\n");
                y.append("    exclusive: [none]\n");
                entries.add("{" + id + ": {all: [c1, c2]}}");
                entries.add("{" + id + ": {any: [c1, c3]}}");
                entries.add("{not: {group: b}, " + id + ": c2}");
                entries.add("{" + id + ": c2}");
            }
        }
        y.append("    next:\n");
        for (String when : entries) {
            y.append("      - when: ").append(when).append("\n        goto: ").append(target(i)).append('\n');
        }
        y.append("      - goto: ").append(i + 1 < size ? "q" + (i + 1) : "home").append('\n');
    }

    /** A later question within the window, or now and then an outcome that is not an emergency. */
    private String target(int i) {
        int last = Math.min(size - 1, i + WINDOW);
        if (i + 1 >= size || random.nextInt(10) == 0) {
            return OUTCOMES[random.nextInt(OUTCOMES.length)];
        }
        return "q" + (i + 1 + random.nextInt(last - i));
    }
}
