package communique.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command finish its current step when the process is asked to end (Ctrl-C, SIGTERM): the hook
 * asks it to stop, then waits for it to say it is done, so the commit in progress is completed. Close it when done.
 */
final class StopOnShutdown implements AutoCloseable {

    private static final long GRACE_SECONDS = 60;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    StopOnShutdown(Runnable stop) {
        this.hook = new Thread(() -> {
            stop.run();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "graceful-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running, and the latch now lets it end
        }
    }
}
