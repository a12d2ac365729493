package referral.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.CleanTree;

/**
 * What {@code mvn package} does with the trees it bundles: the compiler the build runs (the same main,
 * in its own process, as Maven's antrun step starts it) stops the build with check's lines when a
 * tree has errors, and writes the compiled trees and indexes when none has.
 */
class BundledTreeCompilerIT {
    @TempDir
    Path work;

    private Path classes;

    @org.junit.jupiter.api.BeforeEach
    void classesDirectory() throws Exception {
        classes = Files.createDirectories(work.resolve("classes"));
    }

    record Ran(int exit, String out, String err) {}

    private Ran compile(String... sourceRules) throws Exception {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), "referral.build.BundledTreeCompiler", classes.toString()));
        command.addAll(List.of(sourceRules));
        Process p = new ProcessBuilder(command)
                .directory(classes.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the compiler finished");
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private void tree(String name, String yaml) throws Exception {
        Files.createDirectories(classes.resolve("rules"));
        Files.writeString(classes.resolve("rules").resolve(name), yaml);
    }

    @Test
    void anUnsafeBundledTreeStopsTheBuildWithChecksLines() throws Exception {
        tree("t.yaml", CleanTree.YAML.replace("goto: call", "goto: home"));
        Ran r = compile();
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals("rules/t.yaml:13:7: error: red-flag choice 'chest' of 'signs' (emergency) can end at 'home' (self-care),"
                + " which is less urgent; path: signs=chest -> home [red-flag-unsafe]", lines.get(0));
        assertEquals("rules/t.yaml:42:3: warning: outcome 'call' is never reached: no answers lead to it [unreachable]",
                lines.get(1));
        assertEquals("rules/t.yaml: 1 error, 1 warning; a bundled tree must check without errors (referral check rules/t.yaml)",
                lines.get(2));
        assertEquals("referral: the build stops: rules/t.yaml has errors (listed above)", lines.get(3));
        assertEquals(4, lines.size(), r.err());
        assertFalse(Files.exists(classes.resolve("rules/t.yaml.bin")), "nothing compiled from a broken tree");
        assertFalse(Files.exists(classes.resolve("rules/index.txt")), "no index of trees that would not load");
    }

    @Test
    void aTreeThatIsNotYamlStopsTheBuildToo() throws Exception {
        tree("t.yaml", CleanTree.YAML.replace("choices:", "choices: [unclosed"));
        Ran r = compile();
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("rules/t.yaml:"), r.err());
        assertTrue(r.err().contains("[yaml-syntax]"), r.err());
    }

    @Test
    void aTreeWhoseFileIsNotNamedAfterItsIdIsRefused() throws Exception {
        tree("other.yaml", CleanTree.YAML);
        Ran r = compile();
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("rules/other.yaml: error: a bundled tree's file is named after its id: 't' belongs"
                + " in rules/t.yaml, not rules/other.yaml [bad-id]\n"), r.err());
    }

    @Test
    void cleanTreesAreCompiledAndIndexedWithTheirCases() throws Exception {
        tree("t.yaml", CleanTree.YAML);
        Files.createDirectories(classes.resolve("rules/cases/t"));
        Files.writeString(classes.resolve("rules/cases/t/stories.yaml"), "tree: t\ncases: []\n");
        Ran r = compile();
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err() + r.out());
        assertTrue(Files.size(classes.resolve("rules/t.yaml.bin")) > 0);
        assertEquals("t.yaml\n", Files.readString(classes.resolve("rules/index.txt")));
        assertEquals("stories.yaml\n", Files.readString(classes.resolve("rules/cases/t/index.txt")));
        assertEquals("", Files.readString(classes.resolve("rules/cases/index.txt")));
    }

    /** Maven never deletes a copied resource: a tree taken out of rules/ must leave the jar all the same. */
    @Test
    void treesAndCasesWhoseSourceIsGoneLeaveTheBuild() throws Exception {
        Path source = Files.createDirectories(work.resolve("source-rules"));
        Files.writeString(source.resolve("t.yaml"), CleanTree.YAML);
        tree("t.yaml", CleanTree.YAML);
        tree("gone.yaml", CleanTree.YAML.replace("goto: call", "goto: home")); // would stop the build
        Files.writeString(classes.resolve("rules/gone.yaml.bin"), "stale");
        Files.createDirectories(classes.resolve("rules/cases/gone"));
        Files.writeString(classes.resolve("rules/cases/gone/stories.yaml"), "tree: gone\ncases: []\n");
        Files.writeString(classes.resolve("rules/cases/gone/index.txt"), "stories.yaml\n");
        Ran r = compile(source.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(classes.resolve("rules/gone.yaml")));
        assertFalse(Files.exists(classes.resolve("rules/gone.yaml.bin")));
        assertFalse(Files.exists(classes.resolve("rules/cases/gone")));
        assertEquals("t.yaml\n", Files.readString(classes.resolve("rules/index.txt")));
    }

    @Test
    void theJarBundlesTheProductTreesAndNotTheExamplesForAuthors() throws Exception {
        try (JarFile jar = new JarFile(Path.of("target/referral.jar").toFile())) {
            assertTrue(jar.getEntry("rules/night-cramps.yaml.bin") != null);
            assertTrue(jar.getEntry("rules/cases/night-cramps/index.txt") != null);
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("rules/examples/")), "no examples in the jar");
        }
    }
}
