package referral.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import referral.rules.UpwardImportForTest;

/**
 * The layer order of docs/development.md, held: a package uses only the packages of the rows above
 * its own (never one beside it on its row), and no two packages use each other, however indirectly.
 */
class LayersTest {

    /** Bottom first. Packages on one row are siblings: neither may use the other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("diagnostics"),
            List.of("files", "yaml", "console.tty"),
            List.of("rules"),
            List.of("check", "engine", "lang"),
            List.of("answers", "report", "graph"),
            List.of("cases", "fhir"),
            List.of("console", "batch"),
            List.of("cli"),
            List.of("build"));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("referral");

    /** Each package may use exactly the packages of the rows below it (and the JDK and libraries). */
    static LayeredArchitecture layers() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> row : LAYERS) {
            for (String p : row) {
                rule = rule.layer(p).definedBy("referral." + p);
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> row : LAYERS) {
            for (String p : row) {
                rule = below.isEmpty() ? rule.whereLayer(p).mayNotAccessAnyLayer()
                        : rule.whereLayer(p).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(row);
        }
        return rule;
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        layers().check(MAIN);
    }

    @Test
    void noPackagesUseEachOther() {
        slices().matching("referral.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageOfTheMainCodeHasItsRow() {
        for (var pkg : MAIN.stream().map(c -> c.getPackageName()).distinct().toList()) {
            String name = pkg.substring("referral.".length());
            assertTrue(LAYERS.stream().anyMatch(row -> row.contains(name)), pkg + " is in no row of LAYERS");
        }
    }

    @Test
    void anUpwardImportFailsTheTest() {
        // A class of the model that reaches up into the interactive session, as a hurried fix might.
        JavaClasses withIt = new ClassFileImporter().importClasses(UpwardImportForTest.class);
        AssertionError e = assertThrows(AssertionError.class, () -> layers().withOptionalLayers(true).check(withIt));
        assertTrue(e.getMessage().contains("referral.rules.UpwardImportForTest")
                && e.getMessage().contains("referral.console.Console"), e.getMessage());
    }
}
