package org.flextime.gateway.limits;

import java.time.Duration;

/**
 * A token bucket: holds at most {@code capacity} tokens, gains {@code refillPerSecond} a second, and a request takes
 * one. Times are passed in (nanoseconds from any fixed origin), so the bucket is plain arithmetic and tested as such.
 */
final class TokenBucket {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long lastNanos;

    TokenBucket(double capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1e9;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    /** Takes a token at {@code nowNanos}: empty when one was available, else how long until the next one will be. */
    synchronized java.util.Optional<Duration> take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * refillPerNano);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / refillPerNano)));
    }

    /** When the bucket was last used. */
    synchronized long lastUsed() {
        return lastNanos;
    }
}
