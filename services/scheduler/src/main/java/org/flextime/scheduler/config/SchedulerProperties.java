package org.flextime.scheduler.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The scheduler's settings; the defaults are in {@code scheduler.yml}. */
@ConfigurationProperties("flextime")
public record SchedulerProperties(Jobs jobs, Saga saga, Constraints constraints, Conflicts conflicts) {

    /**
     * How many jobs this replica runs at once, on how many attempts a job's worker may stop (a job that crashes the
     * JVM) before the job fails instead of being queued again, and how many queued or running jobs one user may have.
     */
    public record Jobs(int workers, int maxAttempts, int maxActivePerUser) {
    }

    /** How long a saga step may take before it is timed out and compensated. */
    public record Saga(Duration stepTimeout) {
    }

    /**
     * Where the constraints service's public API answers and how the job asks it for the sport's active set: each call
     * may take {@code connectTimeout} and {@code readTimeout}; an unreachable service is asked again after {@code backoff},
     * doubling, until {@code retryFor} has passed, and then the job fails.
     */
    public record Constraints(String url, Duration connectTimeout, Duration readTimeout, Duration backoff, Duration retryFor) {
    }

    /**
     * Where the conflicts service's public API answers (blank: nowhere, the publish gate then counts no critical conflict)
     * and how the gate asks it: timeouts and backoff as for the constraints service, and how long to wait for detection to
     * reach a version that was just edited.
     */
    public record Conflicts(String url, Duration connectTimeout, Duration readTimeout, Duration backoff, Duration retryFor,
                            Duration detectionWait) {
    }
}
