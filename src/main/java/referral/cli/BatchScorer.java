package referral.cli;

import referral.answers.Accepted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import referral.answers.AnswerSet;
import referral.answers.AnswersException;
import referral.answers.AnswersReader;
import referral.engine.Engine;
import referral.files.BoundedLines;
import referral.engine.Step;
import referral.report.ByteSink;
import referral.report.Json;
import referral.report.JsonReport;
import referral.report.Recommendation;
import referral.rules.Tree;
import referral.yaml.JsonLine;
import referral.yaml.YamlException;
import referral.yaml.YamlLimits;
import referral.yaml.YamlNode;

/**
 * Scores one line of a batch: {@code {"id": ..., "answers": {...}}} in, one JSON object out. A
 * result is exactly what {@code run --format json} prints for those answers, with {@code "id"} first
 * when the line had one; a line that cannot be scored gives {@code {"id", "line", "errors": [...]}}
 * with the same one-line messages {@code run} would print. Immutable: worker threads share one.
 */
final class BatchScorer {

    private final Tree tree;
    private final AnswersReader answers;
    private final JsonReport.Memo json;
    private final String inputName;
    private final QuickLine.Vocabulary vocabulary;

    BatchScorer(Tree tree, String inputName) {
        this.tree = tree;
        this.answers = new AnswersReader(tree);
        this.json = new JsonReport.Memo(tree);
        this.inputName = inputName;
        this.vocabulary = new QuickLine.Vocabulary(tree, YamlLimits.ANSWERS);
    }

    /** A chunk to read lines into and score them in; each thread scores one at a time. */
    LineChunk newChunk() {
        return new LineChunk(new QuickLine(vocabulary));
    }

    /**
     * Scores the chunk's lines into its results, one line each (blank lines are skipped). A line
     * of the usual shape is read from its bytes ({@link QuickLine}); any other goes through the
     * general reader, which the quick one always agrees with.
     */
    void score(LineChunk chunk) {
        ByteSink out = chunk.results;
        QuickLine quick = chunk.quick;
        byte[] text = chunk.text();
        for (int k = 0; k < chunk.lines(); k++) {
            int number = chunk.lineNumber(k);
            int from = chunk.from(k);
            int to = chunk.to(k);
            boolean ok;
            if (to < 0) {
                out.write(tooLong(number, YamlLimits.ANSWERS.maxBytes()).getBytes(StandardCharsets.UTF_8));
                ok = false;
            } else if (quick.read(text, from, to) && scoreQuick(quick, text, out)) {
                ok = true;
            } else {
                String line;
                try {
                    line = BoundedLines.utf8(text, from, to);
                } catch (BoundedLines.NotUtf8 e) {
                    // As run says of a file: the line is not scored, whatever it would have meant.
                    out.write(failed(null, number, inputName + ":" + number + ":" + (e.offset() + 1) + ": "
                            + e.getMessage() + "; save the file as UTF-8").getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    chunk.scored++;
                    chunk.failed++;
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                ok = score(number, line, out);
            }
            out.write('\n');
            chunk.scored++;
            if (!ok) {
                chunk.failed++;
            }
        }
    }

    /** Writes the result of answers read by the quick reader; false (nothing written) when they stop short of an outcome. */
    private boolean scoreQuick(QuickLine quick, byte[] text, ByteSink out) {
        if (!(Engine.step(tree, quick.answers()) instanceof Step.Reached reached)) {
            return false; // the general reader says which question is not answered, or which choice is not offered
        }
        Recommendation r = Recommendation.of(tree, reached);
        if (quick.idFrom() < 0) {
            json.writeTo(out, r, null, 0, 0);
        } else {
            json.writeTo(out, r, text, quick.idFrom(), quick.idTo());
        }
        return true;
    }

    /** Writes the line's result (one JSON object, no end of line) to {@code out}; false when it is an error object. */
    boolean score(int lineNumber, String text, ByteSink out) {
        String error = error(lineNumber, text, out);
        if (error != null) {
            out.write(error.getBytes(StandardCharsets.UTF_8));
        }
        return error == null;
    }

    /** Scores the line into {@code out}, or returns the error object to print instead (leaving out as it was). */
    private String error(int lineNumber, String text, ByteSink out) {
        String id = null;
        try {
            YamlNode root = JsonLine.parse(inputName, lineNumber, text, YamlLimits.ANSWERS);
            if (!(root instanceof YamlNode.MapNode line)) {
                return failed(null, lineNumber, root.position() + ": expected a JSON object such as "
                        + "{\"id\": \"a1\", \"answers\": {...}}, not " + root.describe());
            }
            YamlNode.MapNode given = null;
            for (YamlNode.Entry e : line.entries()) {
                switch (e.name()) {
                    case "id" -> id = id(e.value());
                    case "answers" -> {
                        if (!(e.value() instanceof YamlNode.MapNode m)) {
                            return failed(id, lineNumber, e.value().position() + ": 'answers' must be an object of "
                                    + "question id to answer, not " + e.value().describe());
                        }
                        given = m;
                    }
                    default -> {
                        return failed(id, lineNumber, e.key().position() + ": unknown key '" + e.name()
                                + "'; expected id (optional) and answers");
                    }
                }
            }
            if (given == null) {
                return failed(id, lineNumber, line.position() + ": the line has no 'answers'; expected "
                        + "{\"id\": \"a1\", \"answers\": {...}}");
            }
            AnswerSet set = answers.read(given, new ArrayList<>());
            Step step = set.step(tree);
            if (step instanceof Step.Ask ask) {
                var q = ask.question();
                return failed(id, lineNumber, inputName + ":" + lineNumber + ": incomplete: question '" + q.id()
                        + "' (" + q.text().value() + ") is not answered; expected " + Accepted.of(ask.shown()));
            }
            json.writeTo(out, Recommendation.of(tree, (Step.Reached) step), id);
            return null;
        } catch (YamlException e) {
            return failed(id, lineNumber, e.format());
        } catch (AnswersException e) {
            return failed(id, lineNumber, e.problems());
        } catch (BadId e) {
            return failed(null, lineNumber, e.getMessage());
        }
    }

    String tooLong(int lineNumber, long limit) {
        return failed(null, lineNumber, inputName + ":" + lineNumber + ": the line is longer than " + limit
                + " bytes; expected one answer set a line");
    }

    /** The id as JSON: text or a number, echoed as given. */
    private static String id(YamlNode value) throws BadId {
        if (value instanceof YamlNode.ScalarNode s) {
            switch (s.kind()) {
                case STRING -> {
                    return new Json().value(s.text()).toString();
                }
                case INTEGER, FLOAT -> {
                    return s.text();
                }
                default -> { }
            }
        }
        throw new BadId(value.position() + ": 'id' must be text or a number, not " + value.describe());
    }

    private static String failed(String id, int lineNumber, String problem) {
        return failed(id, lineNumber, List.of(problem));
    }

    private static String failed(String id, int lineNumber, List<String> problems) {
        Json j = new Json().begin();
        if (id != null) {
            j.key("id");
            j.raw(id);
        }
        j.key("line").value(lineNumber).strings("errors", problems);
        return j.end().toString();
    }

    private static final class BadId extends Exception {
        BadId(String message) {
            super(message, null, false, false);
        }
    }
}
