package referral.cli;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import referral.check.Checker;
import referral.rules.Diagnostic;
import referral.rules.RulesLoader;
import referral.rules.TreeCodec;

/**
 * Run by the build (process-classes): parses every {@code rules/*.yaml} in the classes directory
 * with the real YAML loader, runs the checker on what it reads, and writes both beside the file in
 * the {@link TreeCodec} form ({@code muscle-pain.yaml} gives {@code muscle-pain.yaml.bin}), so that
 * the bundled tree starts without the YAML library and without checking it again. Knows nothing of
 * what the trees say.
 */
public final class BundledTreeCompiler {
    private BundledTreeCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BundledTreeCompiler CLASSES_DIR");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path rules = classes.resolve("rules");
        if (!Files.isDirectory(rules)) {
            return;
        }
        List<Path> yamls;
        try (Stream<Path> files = Files.list(rules)) {
            yamls = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path yaml : yamls) {
            String name = classes.relativize(yaml).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(yaml);
            RulesLoader.Loaded loaded = new RulesLoader().parse(name, bytes);
            Path bin = yaml.resolveSibling(yaml.getFileName() + RulesLoader.COMPILED_SUFFIX);
            Path tmp = bin.resolveSibling(bin.getFileName() + ".tmp");
            try (OutputStream file = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
                List<Diagnostic> checks = loaded.tree().isPresent() && !loaded.hasErrors()
                        ? new Checker().check(loaded.tree().get()) : null;
                TreeCodec.write(loaded, checks, RulesLoader.crc(bytes), out);
            }
            Files.move(tmp, bin, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
