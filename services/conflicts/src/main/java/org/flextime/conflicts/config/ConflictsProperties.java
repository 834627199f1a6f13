package org.flextime.conflicts.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The conflicts service's settings; the defaults are in {@code conflicts.yml}. */
@ConfigurationProperties("flextime")
public record ConflictsProperties(Constraints constraints, Resolution resolution, Scheduler scheduler) {

    /**
     * Resolution strategies: {@code plugins} is the folder whose jars are loaded at start and on
     * {@code POST /api/v1/conflicts/strategies/reload}; every strategy answers within {@code budget} or is cut off.
     */
    public record Resolution(String plugins, java.time.Duration budget) {
    }

    /** Where the scheduler's public API answers: a proposal is applied through its editing API. */
    public record Scheduler(String url, java.time.Duration connectTimeout, java.time.Duration readTimeout) {
    }

    /**
     * Where the constraints service's public API answers (blank: nowhere, detection then validates against the sport's
     * default set itself) and how detection asks it for the sport's active set: each call may take
     * {@code connectTimeout} and {@code readTimeout}; a failing service is asked again after {@code backoff}, doubling,
     * until {@code retryFor} has passed, and then detection fails (the event is delivered again later). An active set is
     * kept {@code freshFor} at most (a replica that {@code constraints.changed} did not reach learns of a new one then).
     */
    public record Constraints(String url, Duration connectTimeout, Duration readTimeout, Duration backoff, Duration retryFor,
                              Duration freshFor) {
    }
}
