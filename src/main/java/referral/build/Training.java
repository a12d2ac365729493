package referral.build;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import referral.answers.AnswersWriter;
import referral.cli.Io;
import referral.cli.Main;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * The run the launcher records class data from (an AppCDS archive or a JDK 25 AOT cache) the first
 * time it starts a given jar on a given JVM. It drives the real commands in-process on answer sets
 * made up here from the bundled tree, never on anything a person typed, so the archive holds class
 * data and no answers. Everything it prints is thrown away.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        List<Map<String, Answer>> sets = walks(tree);
        run("", "--version");
        run("", "--help");
        run("", "run", "--help");
        run("{}", "next", "--answers", "-");
        for (Map<String, Answer> answers : sets) {
            String yaml = AnswersWriter.toYaml(answers);
            run(yaml, "run", "--answers", "-");
            run(yaml, "run", "--answers", "-", "--format", "json");
            run(yaml, "run", "--answers", "-", "--format", "markdown");
            run(yaml, "next", "--answers", "-");
        }
        // JSON answers (quoted) take the full YAML reader; record its classes too.
        run(json(sets.get(0)), "run", "--answers", "-", "--format", "json");
        run("{not-a-question: 1}", "run", "--answers", "-");
        // batch reads JSON Lines with Jackson's JSON parser and writes with its generator (a bad line too).
        run(jsonLines(sets) + "{\"id\": 0, \"answers\": {\"not-a-question\": 1}}\n", "batch", "--threads", "1");
        // Reading an answers file from disk loads the file-channel classes: read a little of a file
        // that is surely there, the jar itself (as answers it is refused for its size, unread).
        jar().ifPresent(jar -> {
            run("", "run", "--answers", jar);
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(jar))) {
                in.read(new byte[4096]);
            } catch (java.io.IOException e) {
                // only the classes matter
            }
        });
        run("", "run", "--no-such-option");
        run("", "check");
        run("", "test");
        run("", "ask"); // the plain mode
        referral.build.Rehearsal.run(tree); // the full screen, on a made-up terminal
        System.exit(0);
    }

    private static java.util.Optional<String> jar() {
        try {
            return java.util.Optional.of(java.nio.file.Path.of(
                    Training.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private static void run(String stdin, String... args) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), discard, discard,
                Map.of(), false);
        Main.run(args, io);
    }

    private static String jsonLines(List<Map<String, Answer>> sets) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < sets.size(); i++) {
            int id = i + 1;
            Map<String, Answer> answers = sets.get(i);
            lines.append(referral.report.JsonOut.write(g -> {
                g.writeStartObject();
                g.writeNumberProperty("id", id);
                g.writeObjectPropertyStart("answers");
                answers.forEach((q, a) -> {
                    if (a instanceof Answer.Number n) {
                        g.writeName(q);
                        referral.report.JsonOut.number(g, n.value());
                    } else {
                        referral.report.JsonOut.strings(g, q, ((Answer.Chosen) a).choices());
                    }
                });
                g.writeEndObject();
                g.writeEndObject();
            })).append('\n');
        }
        return lines.toString();
    }

    private static String json(Map<String, Answer> answers) {
        return referral.report.JsonOut.write(g -> {
            g.writeStartObject();
            answers.forEach((id, a) -> g.writeStringProperty(id, a.display()));
            g.writeEndObject();
        });
    }

    /** A few complete answer sets that reach outcomes: each walk takes a different choice where it can. */
    static List<Map<String, Answer>> walks(Tree tree) {
        List<Map<String, Answer>> sets = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int guard = 0; guard <= tree.questions().size(); guard++) {
                Step step = Engine.step(tree, answers);
                if (!(step instanceof Step.Ask ask)) {
                    sets.add(answers);
                    break;
                }
                answers.put(ask.question().id(), pick(ask.shown(), k));
            }
        }
        return sets;
    }

    /** The k-th choice that raises no red flag (red flags end a walk at once), or a number in range. */
    private static Answer pick(Question q, int k) {
        if (q.type() == QuestionType.NUMBER) {
            double min = q.min() == null ? 0 : q.min();
            double max = q.max() == null ? min + 100 : q.max();
            return new Answer.Number(Math.floor(min + (max - min) * (k + 1) / 5));
        }
        List<Choice> calm = q.choices().stream().filter(c -> c.redFlag() == null).toList();
        List<Choice> from = calm.isEmpty() ? q.choices() : calm;
        return Answer.Chosen.of(from.get(k % from.size()).id());
    }
}
