package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar with the bundled tree's Russian file changed after the build (a folder ahead of
 * the jar on the class path holds the new {@code rules/muscle-pain.ru.yaml}; the tree and what the
 * build compiled come from the jar): a start in English never reads the translation, and
 * {@code --lang ru} never shows what the build compiled from the old file.
 */
class TranslationFilesIT {
    static final Path JAR = Path.of("target/referral.jar").toAbsolutePath();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private Path changed;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void folderAheadOfTheJar() throws Exception {
        changed = Files.createDirectories(work.resolve("changed"));
        Files.createDirectories(changed.resolve("rules"));
    }

    /** {@code referral ARGS} with {@code {}} as standard input: the jar alone, or with the changed files ahead of it. */
    private Run referral(boolean withChanges, String... args) throws Exception {
        String classPath = withChanges ? changed + File.pathSeparator + JAR : JAR.toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "referral.cli.Main"));
        command.addAll(List.of(args));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private void russianFile(String yaml) throws Exception {
        Files.writeString(changed.resolve("rules/muscle-pain.ru.yaml"), yaml);
    }

    @Test
    void anEnglishStartNeverReadsTheTranslationEvenWhenItIsBroken() throws Exception {
        Run asBuilt = referral(false, "next", "--answers", "-", "--lang", "en");
        assertEquals(0, asBuilt.exit(), asBuilt.err());
        russianFile("questions: [this is not a translation\n");

        Run english = referral(true, "next", "--answers", "-", "--lang", "en");
        assertEquals(new Run(0, asBuilt.out(), ""), english, "English as built, without a word");
        Run version = referral(true, "--version");
        assertEquals(0, version.exit(), version.err());

        Run russian = referral(true, "next", "--answers", "-", "--lang", "ru");
        assertEquals(3, russian.exit(), "the broken file is found out when Russian is asked for: " + russian.err());
        assertTrue(russian.err().startsWith("referral: rules/muscle-pain.ru.yaml:2:1: error:"), russian.err());
        assertEquals("", russian.out());
    }

    @Test
    void russianIsTheFileAsItIsNowEachTextFallingBackToEnglish() throws Exception {
        JsonNode asBuilt = JSON.readTree(referral(false, "next", "--answers", "-", "--lang", "ru").out()).get("question");
        JsonNode english = JSON.readTree(referral(false, "next", "--answers", "-", "--lang", "en").out()).get("question");
        String id = english.get("id").asString();
        String newText = "Новый текст первого вопроса";
        assertNotEquals(newText, asBuilt.get("text").asString());
        // One text translated anew; every other text of the tree is now untranslated.
        russianFile("questions:\n  " + id + ":\n    text: {en: " + JSON.writeValueAsString(english.get("text").asString())
                + ", ru: " + newText + "}\n");

        Run run = referral(true, "next", "--answers", "-", "--lang", "ru");
        assertEquals(0, run.exit(), run.err());
        JsonNode now = JSON.readTree(run.out()).get("question");
        assertEquals(newText, now.get("text").asString(), "the Russian of the file as it is now");
        assertEquals(english.get("choices"), now.get("choices"), "the texts it no longer translates, in English");
        assertEquals("ru", JSON.readTree(run.out()).get("tree").get("language").asString());
    }
}
