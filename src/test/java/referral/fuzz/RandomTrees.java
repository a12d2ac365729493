package referral.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random rules files that are valid by construction: questions only go forward (to a
 * later question or an outcome), every {@code next} ends with an unconditional entry, and
 * conditions only test questions of the right type with choices they have.
 */
final class RandomTrees {
    private static final String[] TYPES = {"one", "multi", "yes-no", "number"};
    private static final String[] SEE = {"emergency", "primary-care", "physiatrist", "rheumatologist",
        "orthopedist", "neurologist", "self-care"};
    private static final String[] URGENCY = {"emergency", "urgent", "soon", "routine", "self-care"};

    private final Random random;
    private final boolean choiceConditions;
    private final StringBuilder yaml = new StringBuilder();
    private final List<String> types = new ArrayList<>();
    private final List<Integer> choiceCounts = new ArrayList<>();

    private RandomTrees(long seed, boolean choiceConditions) {
        this.random = new Random(seed);
        this.choiceConditions = choiceConditions;
    }

    /** A valid tree with 1 to {@code maxQuestions} questions, as YAML text. */
    static String tree(long seed, int maxQuestions) {
        return new RandomTrees(seed, false).write(1 + new Random(seed ^ 0x5DEECE66DL).nextInt(maxQuestions));
    }

    /**
     * As {@link #tree}, with some choices offered only under a random condition on earlier
     * questions and some choices red flags of random urgency, each choice written on one line.
     * Such a tree is structurally valid but may hide every choice of a question on some path.
     */
    static String treeWithChoiceConditions(long seed, int maxQuestions) {
        return new RandomTrees(seed, true).write(1 + new Random(seed ^ 0x5DEECE66DL).nextInt(maxQuestions));
    }

    private String write(int questions) {
        int outcomes = 1 + random.nextInt(4);
        for (int i = 0; i < questions; i++) {
            types.add(TYPES[random.nextInt(TYPES.length)]);
            choiceCounts.add(2 + random.nextInt(3));
        }
        yaml.append("id: random-tree\nversion: 1.0.0\ntitle: A random tree\nstart: q0\n")
                .append("sources:\n  s0: A source\nquestions:\n");
        for (int i = 0; i < questions; i++) {
            question(i, questions, outcomes);
        }
        yaml.append("outcomes:\n");
        for (int o = 0; o < outcomes; o++) {
            yaml.append("  o").append(o).append(": {see: ").append(SEE[random.nextInt(SEE.length)])
                    .append(", urgency: ").append(URGENCY[random.nextInt(URGENCY.length)])
                    .append(", title: Outcome ").append(o).append(", say: \"Go, then come back.\", sources: [s0]}\n");
        }
        return yaml.toString();
    }

    private void question(int i, int questions, int outcomes) {
        String type = types.get(i);
        yaml.append("  q").append(i).append(":\n    text: Question ").append(i).append("?\n    type: ")
                .append(type).append('\n');
        if (type.equals("one") || type.equals("multi")) {
            yaml.append("    choices:\n");
            for (int c = 0; c < choiceCounts.get(i); c++) {
                yaml.append("      c").append(c).append(": ");
                String when = choiceConditions && i > 0 && random.nextInt(3) == 0 ? condition(i - 1, 0) : null;
                String flag = choiceConditions && random.nextInt(4) == 0 ? URGENCY[random.nextInt(3)] : null;
                if (when == null && flag == null) {
                    yaml.append("Choice ").append(c).append('\n');
                } else {
                    yaml.append("{text: Choice ").append(c).append(when == null ? "" : ", when: " + when)
                            .append(flag == null ? "" : ", red-flag: " + flag).append("}\n");
                }
            }
        }
        if (type.equals("number")) {
            yaml.append("    min: 0\n    max: 100\n    unit: years\n");
        }
        yaml.append("    next:\n");
        int conditional = random.nextInt(3);
        for (int b = 0; b < conditional; b++) {
            yaml.append("      - when: ").append(condition(i, 0)).append("\n        goto: ")
                    .append(target(i, questions, outcomes)).append('\n');
        }
        yaml.append("      - goto: ").append(target(i, questions, outcomes)).append('\n');
    }

    private String target(int from, int questions, int outcomes) {
        int later = questions - from - 1;
        int pick = random.nextInt(later + outcomes);
        return pick < later ? "q" + (from + 1 + pick) : "o" + (pick - later);
    }

    /** A condition on this question or an earlier one (unanswered ones are simply false). */
    private String condition(int upTo, int depth) {
        int kind = depth >= 2 ? 0 : random.nextInt(5);
        switch (kind) {
            case 1:
                return "{all: [" + condition(upTo, depth + 1) + ", " + condition(upTo, depth + 1) + "]}";
            case 2:
                return "{any: [" + condition(upTo, depth + 1) + ", " + condition(upTo, depth + 1) + "]}";
            case 3:
                return "{not: " + condition(upTo, depth + 1) + "}";
            default:
                return test(random.nextInt(upTo + 1));
        }
    }

    private String test(int q) {
        String id = "q" + q;
        switch (types.get(q)) {
            case "number":
                return "{" + id + ": {" + (random.nextBoolean() ? "below" : "at-least") + ": "
                        + random.nextInt(101) + "}}";
            case "yes-no":
                return "{" + id + ": " + (random.nextBoolean() ? "yes" : "no") + "}";
            default:
                int n = choiceCounts.get(q);
                if (random.nextBoolean()) {
                    return "{" + id + ": c" + random.nextInt(n) + "}";
                }
                return "{" + id + ": {any: [c" + random.nextInt(n) + ", c" + random.nextInt(n) + "]}}";
        }
    }
}
