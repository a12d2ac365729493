package referral.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import referral.cli.Io;
import referral.cli.Main;
import referral.engine.Answer;
import referral.report.JsonOut;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * {@code referral batch --threads 1} in-process on answer sets made as bench/GenerateAnswers.java
 * makes them (walks to an outcome, red flags rarely, 1 in 100 lines invalid), output counted and
 * dropped: answer sets a second on one thread once the JIT has warmed up, without the start-up, the
 * compiler's own work and the writing to a file that the whole-process figure includes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms64m", "-Xmx192m"}) // as the launcher starts batch
public class BatchBench {
    private static final int LINES = 10_000;

    private byte[] input;
    private Io io;

    @Setup
    public void setUp() {
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        Random random = new Random(42);
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            String line = line(i, Walks.one(tree, random, true));
            s.append(i % 100 == 0 ? line.replace("\"answers\":{\"", "\"answers\":{\"no-such-question\":1,\"") : line).append('\n');
        }
        input = s.toString().getBytes(StandardCharsets.UTF_8);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        io = new Io(new ByteArrayInputStream(input), discard, discard, Map.of(), false);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int scoreOneThread() {
        Io fresh = new Io(new ByteArrayInputStream(input), io.out(), io.err(), io.env(), false);
        return Main.run(new String[] {"batch", "--threads", "1"}, fresh);
    }

    private static String line(int id, Map<String, Answer> answers) {
        return JsonOut.write(g -> {
            g.writeStartObject();
            g.writeNumberProperty("id", id);
            g.writeObjectPropertyStart("answers");
            for (Map.Entry<String, Answer> e : answers.entrySet()) {
                g.writeName(e.getKey());
                if (e.getValue() instanceof Answer.Number n) {
                    JsonOut.number(g, n.value());
                } else {
                    g.writeStartArray();
                    ((Answer.Chosen) e.getValue()).choices().forEach(g::writeString);
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
