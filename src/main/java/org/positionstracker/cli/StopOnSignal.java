package org.positionstracker.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C or SIGTERM during a command into a request to stop: the JVM's shutdown hook asks
 * the work to stop, waits until the command has reported and closed the database, then ends the
 * process with exit code 130. Without it the JVM would end mid-way and H2 close the database under
 * the running import. A command that does not stop in time is ended anyway, which costs at most
 * the open commit (a killed import never leaves half an article).
 */
final class StopOnSignal implements AutoCloseable {
    static final int EXIT_INTERRUPTED = 130;
    private static final long GRACE_SECONDS = 60;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean signalled;

    StopOnSignal(Runnable requestStop) {
        hook = new Thread(() -> {
            signalled = true;
            requestStop.run();
            try {
                done.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(EXIT_INTERRUPTED);
        }, "stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean signalled() {
        return signalled;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownUnderWay) {
            // the hook is running: it ends the process once this command is done
        }
        done.countDown();
    }
}
