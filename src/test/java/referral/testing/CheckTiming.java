package referral.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import referral.check.Checker;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * In-process timing of loading and checking one rules file, after warm-up; used by
 * {@code bench/check-large}. Prints the median and the best of the measured runs, in wall-clock
 * time and in CPU time of the checking thread (which a busy machine inflates less).
 *
 * <pre>java -cp target/referral.jar:target/test-classes referral.testing.CheckTiming FILE [RUNS]</pre>
 */
public final class CheckTiming {
    private CheckTiming() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        byte[] bytes = Files.readAllBytes(file);
        RulesLoader loader = new RulesLoader(TreeGenerator.LIMITS);
        long c0 = System.nanoTime();
        Tree tree = loader.parse(file.toString(), bytes).tree().orElseThrow();
        long c1 = System.nanoTime();
        int findings = new Checker().check(tree).size();
        long c2 = System.nanoTime();
        System.out.printf("  first run, cold JVM: load %.0f ms, check %.0f ms%n", (c1 - c0) / 1e6, (c2 - c1) / 1e6);
        long[] load = new long[runs];
        long[] check = new long[runs];
        long[] checkCpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = -3; i < runs; i++) { // three warm-up rounds
            long t0 = System.nanoTime();
            tree = loader.parse(file.toString(), bytes).tree().orElseThrow();
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            findings = new Checker().check(tree).size();
            long t2 = System.nanoTime();
            long cpu2 = threads.getCurrentThreadCpuTime();
            if (i >= 0) {
                load[i] = t1 - t0;
                check[i] = t2 - t1;
                checkCpu[i] = cpu2 - cpu1;
            }
        }
        System.out.printf("  %d questions, %d findings%n", tree.questions().size(), findings);
        System.out.printf("  load (YAML to tree): median %.0f ms, best %.0f ms%n", median(load), best(load));
        System.out.printf("  check (all analyses): median %.0f ms, best %.0f ms (%d runs)%n", median(check), best(check), runs);
        System.out.printf("  check, CPU time of the checking thread (steadier on a shared machine): median %.0f ms, best %.0f ms%n",
                median(checkCpu), best(checkCpu));
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double best(long[] ns) {
        return Arrays.stream(ns).min().orElse(0) / 1e6;
    }
}
