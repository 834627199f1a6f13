package org.flextime.constraints.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The constraints service's settings; the defaults are in {@code constraints.yml}. */
@ConfigurationProperties("flextime")
public record ConstraintsProperties(Scheduler scheduler) {

    /** Where the scheduler's public API answers (blank: validation takes inline schedules only) and how long a call may take. */
    public record Scheduler(String url, Duration connectTimeout, Duration readTimeout) {
    }
}
