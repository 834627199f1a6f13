package org.flextime.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client and route, kept in this process: the embedded topology's single gateway (replicas
 * share theirs in Redis: {@link SharedRateLimits}). Buckets idle longer than it takes to fill up again are dropped, so
 * a flood of distinct clients cannot grow the map without bound.
 */
public final class LocalRateLimits implements RateLimits {

    private static final int SWEEP_ABOVE = 10_000;
    private final double capacity;
    private final double refillPerSecond;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Buckets of {@code capacity} tokens that gain {@code refillPerSecond} a second, timed by {@code clock} (nanoseconds). */
    public LocalRateLimits(double capacity, double refillPerSecond, LongSupplier clock) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> take(String client, String route) {
        long now = clock.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            long idle = (long) (capacity / refillPerSecond * 1e9);
            buckets.values().removeIf(b -> now - b.lastUsed() > idle);
        }
        return buckets.computeIfAbsent(client + " " + route, k -> new TokenBucket(capacity, refillPerSecond, now)).take(now);
    }
}
