package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Tmux;

/**
 * What 'mvn package' hands a person: the zip and tar.gz unpacked into a folder whose name has a
 * space, put on the PATH, and used from elsewhere; the launcher linked into a bin folder as the
 * README says; the man page read by man; completion sourced into a real interactive bash (and zsh,
 * where installed) and driven by Tab.
 */
class DistributionIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final String ANSWERS = "emergency-signs: none\nemergency-chest: none\nemergency-body: none\nage: 67\nurgent-signs: none\nalso-signs: none\nmain-problem: body\nbody-kind: widespread\n"
            + "widespread-signs: [girdle]\n";

    @TempDir
    Path tmp;

    private final List<Path> links = new ArrayList<>();

    /** target/referral linked into {@code bin}, as the README's install step does. */
    private Path linkLauncher(Path bin) throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(bin).resolve("referral"), TARGET.resolve("referral"));
        links.add(link);
        return bin;
    }

    /** JUnit would warn, deleting a link that leads out of its temporary folder. */
    @AfterEach
    void unlink() throws Exception {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    record Run(int exit, String out, String err) {}

    /** A shell command line run by sh in {@code dir}, with {@code bin} first on the PATH. */
    private Run sh(Path dir, Path bin, Map<String, String> env, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(dir.toFile());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().putAll(env);
        File out = tmp.resolve("out.txt").toFile();
        File err = tmp.resolve("err.txt").toFile();
        pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private static Path archive(String extension) throws Exception {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().matches("referral-\\d.*\\." + extension.replace(".", "\\.")))
                    .findFirst().orElseThrow(() -> new AssertionError("no referral-VERSION." + extension + " in target/"));
        }
    }

    /** The archive unpacked into "my apps/", as its own tool would; the folder it holds. */
    private Path unpack(String extension) throws Exception {
        Path apps = Files.createDirectories(tmp.resolve("my apps"));
        String command = extension.equals("zip") ? "unzip -q \"$0\"" : "tar xzf \"$0\"";
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command, archive(extension).toString()).directory(apps.toFile());
        Process p = pb.inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "unpacking failed");
        try (Stream<Path> dirs = Files.list(apps)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("referral-")).findFirst().orElseThrow();
        }
    }

    private Path elsewhere() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("somewhere else"));
        Files.writeString(dir.resolve("answers.yaml"), ANSWERS);
        return dir;
    }

    @Test
    void theZipUnpackedIntoAFolderWithASpaceRunsFromThePath() throws Exception {
        Path home = unpack("zip");
        for (String file : List.of("bin/referral", "lib/referral.jar", "man/man1/referral.1",
                "completion/referral.bash", "completion/referral.zsh")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/referral")));
        Path dir = elsewhere();

        Run byPath = sh(dir, home.resolve("bin"), Map.of(), "\"$PWD/../my apps/" + home.getFileName() + "/bin/referral\" --version");
        assertEquals(0, byPath.exit(), byPath.err());
        assertTrue(byPath.out().matches("referral \\d\\S* \\(tree muscle-pain \\S+\\)\\n"), byPath.out());

        Run run = sh(dir, home.resolve("bin"), Map.of(), "referral run --answers answers.yaml");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("SOON: SEE A DOCTOR WITHIN A FEW DAYS"), run.out());
        assertEquals("", run.err());

        Run man = sh(dir, home.resolve("bin"), Map.of("MANPATH", ""), "man -w referral");
        assertEquals(0, man.exit(), man.err());
        assertEquals(home.resolve("man/man1/referral.1").toString(), man.out().strip());
    }

    @Test
    void theTarballHoldsTheSameFilesAndRuns() throws Exception {
        Path home = unpack("tar.gz");
        assertTrue(Files.isExecutable(home.resolve("bin/referral")));
        assertEquals(Files.size(TARGET.resolve("referral.jar")), Files.size(home.resolve("lib/referral.jar")));
        Run run = sh(elsewhere(), home.resolve("bin"), Map.of(), "referral run --answers answers.yaml --format json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{"), run.out());
    }

    @Test
    void theLauncherLinkedIntoABinFolderRunsAsTheReadmeSays() throws Exception {
        Path bin = linkLauncher(tmp.resolve("home/.local/bin"));
        Run run = sh(elsewhere(), bin, Map.of(), "referral run --answers answers.yaml && referral help run");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("SOON:"), run.out());
        assertTrue(run.out().contains("Usage: referral run"), run.out());
    }

    @Test
    void theManPageReadsCleanlyWithMan() throws Exception {
        Run man = sh(tmp, tmp, Map.of("MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat"),
                "man -l '" + TARGET.resolve("referral.1") + "'");
        assertEquals(0, man.exit(), man.err());
        assertEquals("", man.err(), "troff warnings");
        String page = man.out();
        for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS",
                "ENVIRONMENT", "EXAMPLES", "REFERRAL RUN", "REFERRAL CHECK", "REFERRAL COMPLETION")) {
            assertTrue(page.contains("\n" + section + "\n"), "no section " + section + ":\n" + page);
        }
        assertTrue(page.contains("--answers=FILE|-"), page);
        assertTrue(page.contains("Output format: text, json, markdown, fhir (default: text)."), page);
        for (String line : page.split("\n")) {
            assertTrue(line.length() <= 80, "a line of " + line.length() + ": " + line);
        }
    }

    /** The completions bash offers for a command line (the words so far, the last one being completed). */
    private List<String> bashCompletes(Path script, String... words) throws Exception {
        String driver = "source '" + script + "'\n"
                + "COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_referral referral \"${COMP_WORDS[COMP_CWORD]}\" 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Path file = tmp.resolve("driver.sh");
        Files.writeString(file, driver);
        List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-i", file.toString()));
        command.addAll(List.of(words));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    @Test
    void theCompletionScriptCompletesCommandsOptionsFormatsAndFiles() throws Exception {
        Path script = TARGET.resolve("completion/referral.bash");
        Files.writeString(tmp.resolve("answers-1.yaml"), ANSWERS);
        assertEquals(List.of("run"), bashCompletes(script, "referral", "r"));
        assertEquals(List.of("run", "next", "check", "test", "ask", "graph", "list", "export", "schema", "batch", "help", "completion"),
                bashCompletes(script, "referral", ""));
        assertEquals(List.of("--answers"), bashCompletes(script, "referral", "run", "--an"));
        assertEquals(List.of("text", "json", "markdown", "fhir"), bashCompletes(script, "referral", "run", "--format", ""));
        assertEquals(List.of("dot", "mermaid"), bashCompletes(script, "referral", "graph", "--format", ""));
        assertEquals(List.of("answers-1.yaml"), bashCompletes(script, "referral", "run", "--answers", "ans"));
        assertEquals(List.of("answers-1.yaml"), bashCompletes(script, "referral", "check", "ans"));
        assertEquals(List.of("run"), bashCompletes(script, "referral", "help", "r"));
        assertEquals(List.of("bash", "zsh"), bashCompletes(script, "referral", "completion", ""));
    }

    @Test
    void tabCompletesInAnInteractiveBash() throws Exception {
        Path bin = linkLauncher(tmp.resolve("bin"));
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "PS1", "bash> ",
                "XDG_CACHE_HOME", tmp.resolve("cache").toString(), "HOME", tmp.toString(), "HISTFILE", "/dev/null",
                // completion is under test, not the launcher's first-start recording, which takes longer than
                // the screen wait on a loaded machine
                "REFERRAL_NO_CACHE", "1");
        try (Tmux tmux = new Tmux(80, 24, tmp, env, "bash --norc --noprofile -i")) {
            tmux.waitFor("bash>");
            tmux.type("source <(referral completion bash)").send("Enter");
            tmux.type("referral r").send("Tab");
            tmux.waitFor("bash> referral run");
            tmux.send("C-u").type("referral run --format ").send("Tab", "Tab");
            String screen = tmux.waitFor("markdown");
            assertTrue(screen.contains("json") && screen.contains("text"), screen);
        }
    }

    @Test
    void tabCompletesInAnInteractiveZsh() throws Exception {
        boolean zsh = Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "zsh")));
        org.junit.jupiter.api.Assumptions.assumeTrue(zsh || System.getenv("CI") != null, "zsh is not installed");
        Path bin = linkLauncher(tmp.resolve("bin"));
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "PS1", "zsh> ",
                "XDG_CACHE_HOME", tmp.resolve("cache").toString(), "HOME", tmp.toString(), "ZDOTDIR", tmp.toString(),
                "HISTFILE", "/dev/null", "REFERRAL_NO_CACHE", "1");
        try (Tmux tmux = new Tmux(80, 24, tmp, env, "zsh -f -i")) {
            tmux.waitFor("zsh>");
            tmux.type("source <(referral completion zsh)").send("Enter");
            tmux.type("referral ch").send("Tab");
            tmux.waitFor("zsh> referral check");
            tmux.send("C-u");
            tmux.type("referral graph --format ").send("Tab");
            String screen = tmux.waitFor("mermaid");
            assertTrue(screen.contains("dot"), screen);
            assertFalse(screen.contains("command not found"), screen);
        }
    }
}
