package referral.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import referral.files.FileProblem;
import referral.files.InputFiles;
import referral.yaml.YamlLimits;

/**
 * Finds and reads case files: the ones named (a directory stands for the case files in it), the
 * {@code cases} directory beside a rules file, or the cases bundled in the jar. The bundled ones are
 * listed in {@value #BUNDLED_INDEX}, written at build time, so nothing scans the classpath.
 */
public final class CaseFiles {
    public static final String BUNDLED_DIR = "rules/cases/";
    public static final String BUNDLED_INDEX = BUNDLED_DIR + "index.txt";

    private CaseFiles() {}

    /** The case files a path names: itself, or the .yaml, .yml and .json files of a directory, by name. */
    public static List<Path> expand(Path path) throws FileProblem {
        if (!Files.exists(path)) {
            throw new FileProblem(path + ": no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> found = files.filter(Files::isRegularFile).filter(CaseFiles::isCaseFile).sorted().toList();
            if (found.isEmpty()) {
                throw new FileProblem(path + ": no case files (.yaml, .yml or .json) in this directory");
            }
            return found;
        } catch (IOException e) {
            throw new FileProblem(path + ": cannot list the directory (" + e.getMessage() + ")");
        }
    }

    /** The {@code cases} directory next to a rules file. */
    public static Path besideRules(Path rules) {
        Path parent = rules.getParent();
        return parent == null ? Path.of("cases") : parent.resolve("cases");
    }

    public static InputFiles.Content read(Path file) throws FileProblem {
        return InputFiles.read(file, YamlLimits.RULES.maxBytes());
    }

    /** The cases bundled with the default tree, in the order of the index. */
    public static List<InputFiles.Content> bundled() {
        ClassLoader loader = CaseFiles.class.getClassLoader();
        List<InputFiles.Content> contents = new ArrayList<>();
        for (String name : bundledNames(loader)) {
            try (InputStream in = loader.getResourceAsStream(BUNDLED_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled case file " + name + " is listed but missing from the jar");
                }
                byte[] bytes = in.readAllBytes();
                contents.add(new InputFiles.Content(BUNDLED_DIR + name, bytes, false, bytes.length));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled case file " + name + ": " + e.getMessage(), e);
            }
        }
        return contents;
    }

    private static List<String> bundledNames(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the bundled case index " + BUNDLED_INDEX + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).filter(CaseFiles::isCaseName).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLED_INDEX + ": " + e.getMessage(), e);
        }
    }

    private static boolean isCaseFile(Path p) {
        return isCaseName(p.getFileName().toString());
    }

    private static boolean isCaseName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
