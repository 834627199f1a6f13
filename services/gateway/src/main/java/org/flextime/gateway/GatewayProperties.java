package org.flextime.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The gateway's settings; the defaults are in {@code gateway.yml}. */
@ConfigurationProperties("flextime.gateway")
public record GatewayProperties(Breaker breaker, RateLimit rateLimit) {

    /**
     * Each client's allowance per route: a burst of {@code capacity} requests, refilled at {@code refillPerSecond};
     * the buckets live in this process ({@code store} {@code inprocess}) or in Redis for every replica ({@code redis}).
     */
    public record RateLimit(double capacity, double refillPerSecond, String store) {

        /** Whether the buckets are shared in Redis. */
        public boolean shared() {
            return "redis".equals(store);
        }
    }

    /** The circuit breaker in front of each service. */
    public record Breaker(Duration timeout, float failureRatePercent, int windowSize, int minCalls, Duration openFor) {
    }
}
