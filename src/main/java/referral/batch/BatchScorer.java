package referral.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import referral.answers.Accepted;
import referral.answers.AnswerSet;
import referral.answers.AnswersReader;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.diagnostics.Position;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.report.JsonOut;
import referral.report.JsonReport;
import referral.report.Recommendation;
import referral.lang.Words;
import referral.rules.Tree;
import referral.yaml.YamlLimits;
import referral.yaml.YamlNode;
import referral.yaml.YamlReader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Scores one line of a batch: {@code {"id": ..., "answers": {...}}} in, one JSON object out. A
 * result is exactly what {@code run --format json} prints for those answers, with {@code "id"} first
 * when the line had one; a line that cannot be scored gives {@code {"id", "line", "errors": [...],
 * "codes": [...]}} with the same one-line messages {@code run} would print and the code of each.
 * Immutable: worker threads share one.
 */
final class BatchScorer {

    private final Tree tree;
    private final AnswersReader answers;
    private final JsonReport.Memo json;
    private final String inputName;

    private final Words words;

    BatchScorer(Tree tree, String inputName) {
        this(tree, inputName, Words.ENGLISH);
    }

    /** Scores on {@code tree} as {@code words} tell it (the tree given by {@link Words#tree}). */
    BatchScorer(Tree tree, String inputName, Words words) {
        this.tree = tree;
        this.words = words;
        this.answers = new AnswersReader(tree);
        this.json = new JsonReport.Memo(tree, words);
        this.inputName = inputName;
    }

    /** A chunk to read lines into and score them in; each thread scores one at a time. */
    LineChunk newChunk() {
        return new LineChunk(YamlLimits.ANSWERS);
    }

    /** Scores the chunk's lines into its results, one line each (blank lines are skipped). */
    void score(LineChunk chunk) {
        score(chunk, true);
    }

    /** The same, reading usual lines straight from their tokens or, with {@code usual} false, every line through nodes. */
    void score(LineChunk chunk, boolean usual) {
        byte[] text = chunk.text();
        try (JsonGenerator out = JsonOut.to(chunk.results)) {
            for (int k = 0; k < chunk.lines(); k++) {
                int number = chunk.lineNumber(k);
                int to = chunk.to(k);
                Line line = to < 0 ? tooLong(number) : score(chunk, number, text, chunk.from(k), to, usual);
                if (line == Line.BLANK) {
                    continue;
                }
                line.writeTo(out);
                out.writeRaw('\n');
                chunk.scored++;
                if (!(line instanceof Scored)) {
                    chunk.failed++;
                }
            }
        }
    }

    /** What one line gives: a result, an error object, or nothing (a blank line). */
    private interface Line {
        Line BLANK = g -> { };

        void writeTo(JsonGenerator g);
    }

    private record Scored(JsonReport.Memo json, Recommendation r, YamlNode.ScalarNode id) implements Line {
        @Override
        public void writeTo(JsonGenerator g) {
            json.write(g, r, id == null ? null : gen -> writeId(gen, id));
        }
    }

    private record Failed(YamlNode.ScalarNode id, int line, BadInput errors) implements Line {
        @Override
        public void writeTo(JsonGenerator g) {
            g.writeStartObject();
            if (id != null) {
                g.writeName("id");
                writeId(g, id);
            }
            g.writeNumberProperty("line", line);
            JsonOut.strings(g, "errors", errors.lines());
            JsonOut.strings(g, "codes", errors.codes());
            g.writeEndObject();
        }
    }

    /** The id as the line gave it: text, or a number written as it was. */
    private static void writeId(JsonGenerator g, YamlNode.ScalarNode id) {
        if (id.kind() == YamlNode.Kind.STRING) {
            g.writeString(id.text());
        } else {
            g.writeNumber(id.text());
        }
    }

    /** The line's result: read straight from its tokens when it is of the usual shape, else through nodes. */
    private Line score(LineChunk chunk, int lineNumber, byte[] text, int from, int to, boolean tryUsual) {
        Line usual = tryUsual ? usual(chunk, text, from, to) : null;
        if (usual != null) {
            chunk.readStraight++;
            return usual;
        }
        return general(chunk, lineNumber, text, from, to);
    }

    /**
     * A line such as {@code {"id": 12, "answers": {"age": 40, "signs": ["none"]}}} with answers
     * that {@link AnswersReader#readUsual} reads and that reach an outcome, scored from the tokens
     * alone; null for any other line (the general reading then gives its result or its errors).
     */
    private Line usual(LineChunk chunk, byte[] text, int from, int to) {
        JsonParser p = chunk.reader.open(text, from, to);
        if (p == null) {
            return null;
        }
        try (p) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            YamlNode.ScalarNode id = null;
            Map<String, Answer> given = null;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("id") && id == null && (value == JsonToken.VALUE_STRING || value.isNumeric())) {
                    id = new YamlNode.ScalarNode(null, value == JsonToken.VALUE_STRING ? YamlNode.Kind.STRING
                            : YamlNode.Kind.INTEGER, p.getString());
                } else if (name.equals("answers") && given == null && value == JsonToken.START_OBJECT) {
                    given = answers.readUsual(p);
                    if (given == null) {
                        return null;
                    }
                } else {
                    return null;
                }
            }
            if (t != JsonToken.END_OBJECT || given == null || p.nextToken() != null
                    || !(Engine.step(tree, given) instanceof Step.Reached reached)) {
                return null;
            }
            return new Scored(json, Recommendation.of(tree, reached, words), id);
        } catch (RuntimeException e) {
            return null; // not well-formed, or past a limit: the general reading says where
        }
    }

    private Line general(LineChunk chunk, int lineNumber, byte[] text, int from, int to) {
        YamlNode.ScalarNode id = null;
        try {
            YamlReader.Document doc = chunk.reader.read(inputName, lineNumber, text, from, to);
            if (doc.stopped()) {
                return new Failed(null, lineNumber, new BadInput(Input.ANSWERS, doc.problems()));
            }
            YamlNode root = doc.root();
            if (root == null) {
                return Line.BLANK;
            }
            if (!(root instanceof YamlNode.MapNode line)) {
                return failed(null, lineNumber, root.position(), "expected a JSON object such as "
                        + "{\"id\": \"a1\", \"answers\": {...}}, not " + root.describe());
            }
            List<Diagnostic> problems = new ArrayList<>(doc.problems());
            YamlNode.MapNode given = null;
            for (YamlNode.Entry e : line.entries()) {
                switch (e.name()) {
                    case "id" -> {
                        if (!(e.value() instanceof YamlNode.ScalarNode s) || !(s.kind() == YamlNode.Kind.STRING || s.isNumber())) {
                            return failed(null, lineNumber, e.value().position(), "'id' must be text or a number, not "
                                    + e.value().describe());
                        }
                        id = s;
                    }
                    case "answers" -> {
                        if (!(e.value() instanceof YamlNode.MapNode m)) {
                            return failed(id, lineNumber, e.value().position(), "'answers' must be an object of "
                                    + "question id to answer, not " + e.value().describe());
                        }
                        given = m;
                    }
                    default -> {
                        return failed(id, lineNumber, e.key().position(), "unknown key '" + e.name()
                                + "'; expected id (optional) and answers");
                    }
                }
            }
            if (given == null) {
                return failed(id, lineNumber, line.position(), "the line has no 'answers'; expected "
                        + "{\"id\": \"a1\", \"answers\": {...}}");
            }
            AnswerSet set = answers.read(given, problems);
            Step step = set.step(tree);
            if (step instanceof Step.Ask ask) {
                var q = ask.question();
                return new Failed(id, lineNumber, new BadInput(Input.ANSWERS, Diagnostic.of(Code.INCOMPLETE,
                        new Position(inputName, lineNumber, 0), words.get("answers.incomplete", q.id(),
                                q.text().value(), Accepted.of(ask.shown(), words)))));
            }
            return new Scored(json, Recommendation.of(tree, (Step.Reached) step, words), id);
        } catch (BadInput e) {
            return new Failed(id, lineNumber, e);
        }
    }

    private Line tooLong(int lineNumber) {
        return failed(null, lineNumber, new Position(inputName, lineNumber, 0), "the line is longer than "
                + YamlLimits.ANSWERS.maxBytes() + " bytes; expected one answer set a line");
    }

    /** A line whose shape is not {@code {"id": ..., "answers": {...}}}. */
    private static Line failed(YamlNode.ScalarNode id, int lineNumber, Position at, String problem) {
        return new Failed(id, lineNumber, new BadInput(Input.ANSWERS, Diagnostic.of(Code.BAD_LINE, at, problem)));
    }
}
