package referral.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.diagnostics.BadInput;
import referral.files.InputFiles;

class CaseFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryStandsForItsCaseFilesInNameOrder() throws Exception {
        for (String name : List.of("b.yaml", "a.yml", "c.json", "notes.txt", "README.md")) {
            Files.writeString(dir.resolve(name), "cases: []\n");
        }
        Files.createDirectories(dir.resolve("sub.yaml"));
        assertEquals(List.of(dir.resolve("a.yml"), dir.resolve("b.yaml"), dir.resolve("c.json")), CaseFiles.expand(dir));
        assertEquals(List.of(dir.resolve("notes.txt")), CaseFiles.expand(dir.resolve("notes.txt")),
                "a file named on the command line is taken as it is");
    }

    @Test
    void nothingToRunIsAFileProblemNamingThePath() throws IOException {
        BadInput missing = assertThrows(BadInput.class, () -> CaseFiles.expand(dir.resolve("nope")));
        assertEquals(dir.resolve("nope") + ": no such file or directory", missing.getMessage());
        Files.writeString(dir.resolve("notes.txt"), "x");
        BadInput empty = assertThrows(BadInput.class, () -> CaseFiles.expand(dir));
        assertEquals(dir + ": no case files (.yaml, .yml or .json) in this directory", empty.getMessage());
    }

    @Test
    void theCasesOfARulesFileSitBesideIt() {
        assertEquals(Path.of("my", "cases"), CaseFiles.besideRules(Path.of("my", "tree.yaml")));
        assertEquals(Path.of("cases"), CaseFiles.besideRules(Path.of("tree.yaml")));
    }

    @Test
    void theBundledIndexListsExactlyTheCaseFilesOfTheRulesDirectory() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("rules", "cases"))) {
            onDisk = files.map(p -> "rules/cases/" + p.getFileName()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        List<String> bundled = CaseFiles.bundled().stream().map(InputFiles.Content::name).toList();
        assertEquals(onDisk, bundled);
    }
}
