package org.flextime.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets per client and route in the gateway's memory, on a clock the test moves. */
class LocalRateLimitsTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong();
    private final LocalRateLimits limits = new LocalRateLimits(3, 2, now::get);

    @Test
    void aBurstUpToTheCapacityPassesAndTheNextWaitsForItsToken() {
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        // two tokens a second: the fourth request waits half a second
        assertThat(limits.take("ann", "GET /a")).contains(Duration.ofMillis(500));
    }

    @Test
    void tokensComeBackWithTimeButNeverAboveTheCapacity() {
        for (int i = 0; i < 3; i++) {
            limits.take("ann", "GET /a");
        }
        now.addAndGet(SECOND);
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "GET /a")).isPresent();
        now.addAndGet(60 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("ann", "GET /a")).isEmpty();
        }
        assertThat(limits.take("ann", "GET /a")).isPresent();
    }

    @Test
    void eachClientAndEachRouteHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limits.take("ann", "GET /a");
        }
        assertThat(limits.take("ann", "GET /a")).isPresent();
        assertThat(limits.take("bob", "GET /a")).isEmpty();
        assertThat(limits.take("ann", "POST /a")).isEmpty();
    }
}
