package org.flextime.gateway.limits;

import java.time.Duration;
import java.util.Optional;

/** Each client's allowance per route: one token bucket per client and route. */
public interface RateLimits {

    /** Takes one request of {@code client} on {@code route}: empty when allowed, else how long until it would be. */
    Optional<Duration> take(String client, String route);
}
