package referral.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import referral.testing.Cli;
import referral.testing.Trees;

/**
 * Our JSON Schemas, checked by an independent validator (networknt, reading the YAML itself):
 * the bundled tree, the case files and the test trees pass, broken files are rejected.
 */
class SchemaTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private static Schema schema(String kind) {
        Cli.Result printed = Cli.run("schema", "--for", kind);
        assertEquals(0, printed.exit(), printed.err());
        return REGISTRY.getSchema(printed.out(), InputFormat.JSON);
    }

    private static List<Error> errors(String kind, String yaml) {
        return schema(kind).validate(yaml, InputFormat.YAML);
    }

    @Test
    void theBundledTreeFollowsTheRulesSchema() throws IOException {
        String yaml = Files.readString(Path.of("rules/muscle-pain.yaml"));
        assertEquals(List.of(), errors("rules", yaml));
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=../src/main/resources/schema/rules.schema.json"),
                "the bundled tree names its schema for editors");
    }

    @Test
    void theTestTreesFollowTheRulesSchema() throws IOException {
        assertEquals(List.of(), errors("rules", Trees.SMALL));
        assertEquals(List.of(), errors("rules", Trees.WHEN), "choices with a 'when'");
        for (String file : new String[] {"console/walk.yaml", "console/results.yaml"}) {
            assertEquals(List.of(), errors("rules", Files.readString(Path.of("src/test/resources", file))), file);
        }
    }

    @Test
    void aChoiceConditionIsACondition() {
        assertFalse(errors("rules", Trees.WHEN.replace("when: {pregnant: yes}", "when: [pregnant, yes]")).isEmpty());
        assertFalse(errors("rules", Trees.WHEN.replace("when: {pregnant: yes}", "wen: {pregnant: yes}")).isEmpty());
    }

    @Test
    void yesAndNoCannotBeHidden() {
        String hidden = Trees.SMALL.replace("    type: yes-no\n",
                "    type: yes-no\n    choices:\n      yes: {text: Yes, when: {age: {at-least: 18}}}\n");
        assertFalse(hidden.equals(Trees.SMALL));
        assertFalse(errors("rules", hidden).isEmpty());
        String marked = Trees.SMALL.replace("    type: yes-no\n",
                "    type: yes-no\n    choices:\n      yes: {text: Yes, red-flag: soon}\n");
        assertEquals(List.of(), errors("rules", marked), "a yes may still be a red flag");
    }

    @Test
    void everyCaseFileFollowsTheCasesSchema() throws IOException {
        Path dir = Path.of("rules/cases");
        if (!Files.isDirectory(dir)) {
            return; // no case files in this tree yet
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                assertEquals(List.of(), errors("cases", Files.readString(file, StandardCharsets.UTF_8)), file.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "urgency: routine, title: See your doctor->urgency: sooon, title: See your doctor",
        "type: multi->type: several",
        "goto: age->gotoo: age",
        "red-flag: emergency->red-flag: someday",
        "min: 0->min: zero",
        "- when: {signs: chest}->- when: [signs, chest]",
        "sources:\n  s1->clinicians: {physiatrst: A physiatrist is a doctor.}\nsources:\n  s1",
        "title: See a rheumatologist,->title: See a rheumatologist, who: [a, list],",
    })
    void brokenTreesAreRejected(String edit) {
        String[] fromTo = edit.split("->");
        String broken = Trees.SMALL.replace(fromTo[0], fromTo[1]);
        assertFalse(broken.equals(Trees.SMALL), "the edit applies: " + edit);
        assertFalse(errors("rules", broken).isEmpty(), "the schema rejects: " + edit);
    }

    @Test
    void aTreeWithoutOutcomesIsRejected() {
        String broken = Trees.SMALL.substring(0, Trees.SMALL.indexOf("outcomes:"));
        assertFalse(errors("rules", broken).isEmpty());
    }

    @Test
    void answersFilesFollowTheAnswersSchema() {
        assertEquals(List.of(), errors("answers", "emergency-signs: [none]\nage: 55\npain-at-rest: yes\nwhere: widespread\n"));
        assertEquals(List.of(), errors("answers", "{\"rest\": true, \"signs\": [\"numb\", \"chest\"]}"));
        assertFalse(errors("answers", "age: {years: 55}\n").isEmpty(), "an answer is never a mapping");
        assertFalse(errors("answers", "signs: []\n").isEmpty(), "a multi answer picks at least one choice");
        assertFalse(errors("answers", "signs: [numb, numb]\n").isEmpty(), "a choice is picked once");
        assertFalse(errors("answers", "- age\n").isEmpty(), "answers are a mapping");
    }
}
