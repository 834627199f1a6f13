package org.flextime.contracts.api;

/** The states a job reports. */
public final class JobStates {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String COMPENSATING = "compensating";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    private JobStates() {
    }
}
