package org.flextime.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Waits for FlexTime processes a test started, for as long as they make progress: on a loaded machine a start takes
 * minutes, but the processes keep logging while they start. The wait fails at once when a process exits, when no
 * log grew for {@code quiet} (a hung process), or after {@code cap} in all; its message ends with the logs' tails.
 */
record ProcessWait(List<Process> processes, List<Path> logs, Duration quiet, Duration cap) {

    /** The defaults of the integration tests: two minutes without a log line, fifteen minutes in all. */
    static ProcessWait of(List<Process> processes, List<Path> logs) {
        return new ProcessWait(processes, logs, Duration.ofMinutes(2), Duration.ofMinutes(15));
    }

    /** Until {@code condition} holds; an exception from it (a refused connection while starting) counts as not yet. */
    void until(String what, Callable<Boolean> condition) throws InterruptedException {
        long start = System.nanoTime();
        long progress = start;
        long size = logged();
        Exception last = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception notYet) {
                last = notYet;
            }
            for (int i = 0; i < processes.size(); i++) {
                if (!processes.get(i).isAlive()) {
                    throw failure("process " + i + " exited (" + processes.get(i).exitValue() + ") while waiting for " + what, last);
                }
            }
            long now = System.nanoTime();
            long grown = logged();
            if (grown != size) {
                size = grown;
                progress = now;
            }
            if (now - progress > quiet.toNanos()) {
                throw failure("nothing logged for " + quiet.toSeconds() + " s while waiting for " + what, last);
            }
            if (now - start > cap.toNanos()) {
                throw failure("no " + what + " after " + cap.toSeconds() + " s, though the processes kept logging", last);
            }
            Thread.sleep(500);
        }
    }

    private long logged() {
        long total = 0;
        for (Path log : logs) {
            try {
                total += Files.exists(log) ? Files.size(log) : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    private AssertionError failure(String message, Exception last) {
        StringBuilder text = new StringBuilder(message);
        if (last != null) {
            text.append("; last attempt: ").append(last);
        }
        for (Path log : logs) {
            try {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
                text.append("\n---- last lines of ").append(log).append(" ----\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            } catch (IOException | UncheckedIOException e) {
                text.append("\n(").append(log).append(" unreadable: ").append(e).append(')');
            }
        }
        return new AssertionError(text.toString(), last);
    }
}
