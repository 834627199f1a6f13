package org.flextime.platform.faults;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deliberate failures for resilience drills and tests: a saga step can be told to fail or to stall.
 *
 * <p>Configured with {@code flextime.faults.<step>=fail} or {@code delay:<seconds>}; empty in
 * normal operation, where {@link #before(String)} costs a map lookup.
 */
public class FaultInjection {

    /** A step was told to fail. */
    public static class InjectedFault extends RuntimeException {
        InjectedFault(String step) {
            super("injected fault in step " + step);
        }
    }

    private final Map<String, String> faults = new ConcurrentHashMap<>();

    /** Faults as configured. */
    public FaultInjection(Map<String, String> configured) {
        faults.putAll(configured);
    }

    /** Sets (or with null clears) the fault of one step. */
    public void set(String step, String fault) {
        if (fault == null) {
            faults.remove(step);
        } else {
            faults.put(step, fault);
        }
    }

    /** Called at the start of a step: throws or sleeps when told to. */
    public void before(String step) {
        String fault = faults.get(step);
        if (fault == null) {
            return;
        }
        if (fault.equals("fail")) {
            throw new InjectedFault(step);
        }
        if (fault.startsWith("delay:")) {
            try {
                Thread.sleep(Duration.ofSeconds(Long.parseLong(fault.substring(6))).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted in injected delay of " + step, e);
            }
        }
    }
}
