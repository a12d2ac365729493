package referral.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import referral.check.Checker;
import referral.diagnostics.Diagnostic;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.rules.TreeCodec;
import referral.yaml.YamlLimits;

/**
 * Loading trees and checking them, in milliseconds an operation: the bundled tree from YAML and from
 * the compiled form; a generated 10 000-question tree from YAML (with limits wider than a rules
 * file's: it has hundreds of thousands of values), the checker alone on it, and loading plus checking as
 * {@code referral check FILE} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoaderBench {
    private byte[] bundledYaml;
    private byte[] bundledCompiled;
    private long bundledCrc;
    private final RulesLoader big = new RulesLoader(new YamlLimits(64L << 20, 64, 5_000_000, 20_000));
    private byte[] generatedYaml;
    private Tree generated;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = RulesLoader.class.getClassLoader().getResourceAsStream(RulesLoader.BUNDLED)) {
            bundledYaml = in.readAllBytes();
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bundledYaml);
        bundledCrc = crc.getValue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeCodec.write(new RulesLoader().parse(RulesLoader.BUNDLED, bundledYaml), null, bundledCrc, new DataOutputStream(out));
        bundledCompiled = out.toByteArray();
        // Hundreds of thousands of values: past the rules-file limits (50 000), so read with wider ones.
        generatedYaml = GeneratedTree.yaml(10_000, 500).getBytes(StandardCharsets.UTF_8);
        RulesLoader.Loaded loaded = big.parse("generated.yaml", generatedYaml);
        if (loaded.tree().isEmpty() || loaded.hasErrors()) {
            throw new IllegalStateException("generated tree refused: " + loaded.diagnostics());
        }
        generated = GeneratedTree.tree(10_000, 500);
        if (new Checker().check(generated).stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalStateException("generated tree has errors");
        }
    }

    @Benchmark
    public RulesLoader.Loaded bundledFromYaml() {
        return new RulesLoader().parse(RulesLoader.BUNDLED, bundledYaml);
    }

    @Benchmark
    public Object bundledFromCompiledForm() throws IOException {
        return TreeCodec.read(new DataInputStream(new ByteArrayInputStream(bundledCompiled)), bundledCrc);
    }

    @Benchmark
    public RulesLoader.Loaded generated10000FromYaml() {
        return big.parse("generated.yaml", generatedYaml);
    }

    @Benchmark
    public List<Diagnostic> check10000() {
        return new Checker().check(generated);
    }

    @Benchmark
    public List<Diagnostic> loadAndCheck10000() {
        Tree t = big.parse("generated.yaml", generatedYaml).tree().orElseThrow();
        return new Checker().check(t);
    }
}
