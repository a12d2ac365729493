package referral.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one fuzz input with a deadline, so that a hang fails the test instead of stalling the build. */
final class Bounded {
    /** Far above what any input takes (milliseconds): only a hang or a runaway reaches it. */
    static final Duration DEADLINE = Duration.ofSeconds(20);

    private Bounded() {}

    static <T> T within(String what, Callable<T> body) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> result = executor.submit(body);
            try {
                return result.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                throw new AssertionError("no answer within " + DEADLINE.toSeconds() + " s (a hang?) for " + what);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw new AssertionError("crashed on " + what, e.getCause());
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
