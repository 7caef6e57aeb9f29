package org.positionstracker.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Child JVMs for tests that need a real process (kills, signals, a second database user), on this
 * test run's class path. Waiting for one (or for any child process) never decides a test's outcome by the clock: the only
 * bound is a guard against a child that hangs for good, far beyond any slow machine.
 */
public final class ChildJvm {
    private static final long HUNG_AFTER_MINUTES = 30;
    /** For a wait that only guards against a hang (a FIFO opened, a child that never ends): far beyond any slow machine. */
    public static final java.time.Duration HANG_GUARD = java.time.Duration.ofMinutes(HUNG_AFTER_MINUTES);

    /**
     * A child running {@code main} with the given arguments. Children run briefly: the C1 compiler
     * alone and the serial collector about halve their CPU time (measured on the crash test's
     * import), and run the same code.
     */
    public static ProcessBuilder running(Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /** Waits for the child to end and returns its exit code. */
    public static int awaitExit(Process child) throws InterruptedException {
        if (!child.waitFor(HUNG_AFTER_MINUTES, TimeUnit.MINUTES)) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            throw new AssertionError("the child process " + child.pid() + " hung for " + HUNG_AFTER_MINUTES + " minutes");
        }
        return child.exitValue();
    }

    private ChildJvm() {
    }
}
