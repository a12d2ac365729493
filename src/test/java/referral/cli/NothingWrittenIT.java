package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy: answering questions leaves no trace on disk unless asked. The real jar runs with an
 * empty home, working directory and temporary directory; afterwards all three are still empty.
 */
class NothingWrittenIT {
    private static final Path JAR = Path.of("target/referral.jar").toAbsolutePath();
    private static final Path SMALL_TREE = Path.of("src/test/resources/robustness/small-tree.yaml").toAbsolutePath();

    @TempDir
    Path root;

    @Test
    void runNextCheckListExportAndGraphWriteNothing() throws Exception {
        Path home = Files.createDirectory(root.resolve("home"));
        Path work = Files.createDirectory(root.resolve("work"));
        Path tmp = Files.createDirectory(root.resolve("tmp"));
        String answers = "signs: [numb]\nage: 55\nrest: yes\nwhere: joints\n";
        List<List<String>> commands = List.of(
                List.of("run", "--rules", SMALL_TREE.toString(), "--answers", "-"),
                List.of("run", "--rules", SMALL_TREE.toString(), "--answers", "-", "--format", "json"),
                List.of("next", "--rules", SMALL_TREE.toString(), "--answers", "-"),
                List.of("run", "--answers", "-"),
                List.of("check"),
                List.of("check", SMALL_TREE.toString()),
                List.of("list"),
                List.of("export", "fhir"),
                List.of("run", "--rules", SMALL_TREE.toString(), "--answers", "-", "--format", "fhir"),
                List.of("graph", "--rules", SMALL_TREE.toString()),
                List.of("--version"));
        for (List<String> args : commands) {
            List<String> command = new ArrayList<>(List.of("java", "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home,
                    "-jar", JAR.toString()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("HOME", home.toString());
            pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            pb.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
            pb.environment().put("TMPDIR", tmp.toString());
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(answers.getBytes(StandardCharsets.UTF_8));
            }
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(List.of(), everything(home), "written under the home directory");
        assertEquals(List.of(), everything(work), "written in the working directory");
        assertEquals(List.of(), everything(tmp), "written in the temporary directory");
    }

    private static List<Path> everything(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).toList();
        }
    }
}
