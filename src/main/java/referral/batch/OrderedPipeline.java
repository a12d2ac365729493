package referral.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs jobs on several threads and hands their results to a consumer in the order the jobs were
 * submitted. At most {@code depth} jobs are queued or running, so memory stays flat whatever the
 * input's length: {@link #submit} waits when the consumer falls behind.
 */
final class OrderedPipeline<R> implements AutoCloseable {
    private static final Future<Object> END = new FutureTask<>(() -> null);

    private final ExecutorService workers;
    private final BlockingQueue<Future<?>> queue;
    private final Thread drainer;
    private volatile Throwable failure;

    OrderedPipeline(int threads, int depth, Consumer<R> consumer, Runnable whenIdle) {
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "referral-batch-worker");
            t.setDaemon(true);
            return t;
        });
        this.queue = new ArrayBlockingQueue<>(depth);
        this.drainer = new Thread(() -> drain(consumer, whenIdle), "referral-batch-writer");
        this.drainer.setDaemon(true);
        this.drainer.start();
    }

    void submit(Callable<R> job) throws InterruptedException {
        checkFailure();
        put(workers.submit(job));
    }

    private void put(Future<?> f) throws InterruptedException {
        while (!queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
            checkFailure();
        }
    }

    @SuppressWarnings("unchecked")
    private void drain(Consumer<R> consumer, Runnable whenIdle) {
        try {
            while (true) {
                Future<?> next = queue.poll();
                if (next == null) {
                    whenIdle.run();
                    next = queue.take();
                }
                if (next == END) {
                    return;
                }
                consumer.accept((R) next.get());
            }
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (Throwable e) {
            failure = e;
        }
    }

    /** Rethrows what stopped the consumer (or a job), if anything has. */
    void checkFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Waits for every job submitted to be consumed. */
    void finish() throws InterruptedException {
        if (failure == null) {
            put(END);
        }
        drainer.join();
        checkFailure();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
