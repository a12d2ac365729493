package referral.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/** Whole walks from the start to an outcome, on complete random answer sets: walks per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBench {
    /** bundled: the tree in the jar; generated-10000: 10 000 questions in about 25 levels (see GeneratedTree). */
    @Param({"bundled", "generated-10000"})
    public String tree;

    private Tree t;
    private List<Map<String, Answer>> sets;
    private int next;

    @Setup
    public void setUp() {
        t = "bundled".equals(tree)
                ? new RulesLoader().loadBundled().tree().orElseThrow()
                : GeneratedTree.tree(10_000, 500);
        sets = Walks.of(t, 1024, 7);
    }

    @Benchmark
    public Step walk() {
        Map<String, Answer> answers = sets.get(next++ & 1023);
        return Engine.step(t, answers);
    }
}
