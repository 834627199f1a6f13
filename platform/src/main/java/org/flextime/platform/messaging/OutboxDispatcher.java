package org.flextime.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;

/**
 * Drains the service's outbox into the broker: woken on every commit that published, and polling
 * for retries and for rows left behind by a crash.
 */
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final String service;
    private final Outbox outbox;
    private final EventBroker broker;
    private final Duration poll;
    private final Duration baseBackoff;
    private final Semaphore signal = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;
    private volatile int failingPasses;

    /** A dispatcher for one service's outbox. */
    public OutboxDispatcher(String service, Outbox outbox, EventBroker broker, Duration poll, Duration baseBackoff) {
        this.service = service;
        this.outbox = outbox;
        this.broker = broker;
        this.poll = poll;
        this.baseBackoff = baseBackoff;
    }

    /** Asks for a drain now (after a commit that published). */
    public void wake() {
        signal.release();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, service + "-outbox");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the dispatcher thread is running: what the outbox health reports. */
    public boolean alive() {
        Thread t = worker;
        return running && t != null && t.isAlive();
    }

    /** Passes in a row that ended in an unexpected failure (0 after a clean pass). */
    public int failingPasses() {
        return failingPasses;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Start after the web server and the consumers, stop before the data source.
        return Integer.MAX_VALUE - 100;
    }

    private void loop() {
        // This thread works for one service; its log lines say which (several share a JVM in the embedded topology).
        MDC.put("serviceName", service);
        try {
            broker.awaitOpen();
            while (running) {
                pass();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One drain and its wait. Nothing a pass throws may end the thread: a database restart or a
     * broken consumer would otherwise stop every later event of the service while it looks alive.
     */
    private void pass() throws InterruptedException {
        try {
            int sent = drain();
            failingPasses = 0;
            if (sent == 0) {
                signal.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
            }
        } catch (RuntimeException | Error e) {
            int failures = ++failingPasses;
            Duration pause = backoff(failures);
            if (running) {
                log.error("{} outbox pass failed ({} in a row), pausing {} ms", service, failures, pause.toMillis(), e);
            }
            Thread.sleep(pause.toMillis());
        }
    }

    /** Delivers what is due; returns how many rows were sent. */
    int drain() {
        int sent = 0;
        List<Outbox.Pending> due;
        try {
            due = outbox.claim(100);
        } catch (RuntimeException e) {
            if (running) {
                log.warn("{} outbox unreadable: {}", service, e.getMessage());
            }
            return 0;
        }
        for (int i = 0; i < due.size(); i++) {
            Outbox.Pending row = due.get(i);
            if (!running) {
                outbox.release(due.subList(i, due.size()).stream().map(Outbox.Pending::seq).toList());
                break;
            }
            try {
                broker.deliver(row.event());
                outbox.dispatched(row.seq());
                sent++;
            } catch (RuntimeException | Error e) {
                int attempts = row.attempts() + 1;
                Duration backoff = backoff(attempts);
                log.warn("{} could not deliver {} {} (attempt {}), retrying in {} ms: {}", service, row.event().type(),
                        row.event().id(), attempts, backoff.toMillis(), e.getMessage());
                outbox.retryLater(row.seq(), attempts, backoff, Messages.describe(e));
            }
        }
        return sent;
    }

    private Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 6);
        return baseBackoff.multipliedBy(factor);
    }
}
