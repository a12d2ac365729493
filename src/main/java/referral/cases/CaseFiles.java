package referral.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.files.InputFiles;
import referral.yaml.YamlLimits;

/**
 * Finds and reads case files: the ones named (a directory stands for the case files in it), the
 * cases beside a rules file, or the cases bundled in the jar. Beside {@code dir/x.yaml}, the cases
 * are in {@code dir/cases/x/} when that directory exists (several trees in one directory), else in
 * {@code dir/cases/}; the bundled ones follow the same rule and are listed in an {@value #INDEX_NAME}
 * written at build time, so nothing scans the classpath.
 */
public final class CaseFiles {
    public static final String BUNDLED_DIR = "rules/cases/";
    public static final String INDEX_NAME = "index.txt";
    public static final String BUNDLED_INDEX = BUNDLED_DIR + INDEX_NAME;

    private CaseFiles() {}

    /** The case files a path names: itself, or the .yaml, .yml and .json files of a directory, by name. */
    public static List<Path> expand(Path path) throws BadInput {
        if (!Files.exists(path)) {
            throw BadInput.file(Code.NO_SUCH_FILE, path.toString(), "no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> found = files.filter(Files::isRegularFile).filter(CaseFiles::isCaseFile).sorted().toList();
            if (found.isEmpty()) {
                throw BadInput.file(Code.NO_SUCH_FILE, path.toString(), "no case files (.yaml, .yml or .json) in this directory");
            }
            return found;
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_READ, path.toString(), "cannot list the directory (" + e.getMessage() + ")");
        }
    }

    /** The cases of a rules file: {@code cases/<name>/} beside it when that is a directory, else {@code cases/}. */
    public static Path besideRules(Path rules) {
        Path parent = rules.getParent();
        Path cases = parent == null ? Path.of("cases") : parent.resolve("cases");
        Path own = cases.resolve(stem(rules.getFileName().toString()));
        return Files.isDirectory(own) ? own : cases;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public static InputFiles.Content read(Path file) throws BadInput {
        return InputFiles.read(file, YamlLimits.RULES.maxBytes());
    }

    /** The cases bundled with the default tree, in the order of the index. */
    public static List<InputFiles.Content> bundled() {
        return inDirectory(BUNDLED_DIR);
    }

    /** The cases bundled with the tree of this id: those of its own directory when it has one. */
    public static List<InputFiles.Content> bundled(String treeId) {
        String own = BUNDLED_DIR + treeId + "/";
        return inDirectory(CaseFiles.class.getClassLoader().getResource(own + INDEX_NAME) != null ? own : BUNDLED_DIR);
    }

    private static List<InputFiles.Content> inDirectory(String dir) {
        ClassLoader loader = CaseFiles.class.getClassLoader();
        List<InputFiles.Content> contents = new ArrayList<>();
        for (String name : bundledNames(loader, dir + INDEX_NAME)) {
            try (InputStream in = loader.getResourceAsStream(dir + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled case file " + name + " is listed but missing from the jar");
                }
                byte[] bytes = in.readAllBytes();
                contents.add(new InputFiles.Content(dir + name, bytes, false, bytes.length));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled case file " + name + ": " + e.getMessage(), e);
            }
        }
        return contents;
    }

    private static List<String> bundledNames(ClassLoader loader, String index) {
        try (InputStream in = loader.getResourceAsStream(index)) {
            if (in == null) {
                throw new IllegalStateException("the bundled case index " + index + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).filter(CaseFiles::isCaseName).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + index + ": " + e.getMessage(), e);
        }
    }

    private static boolean isCaseFile(Path p) {
        return isCaseName(p.getFileName().toString());
    }

    public static boolean isCaseName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
