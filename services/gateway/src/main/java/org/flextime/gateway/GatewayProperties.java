package org.flextime.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The gateway's settings; the defaults are in {@code gateway.yml}. */
@ConfigurationProperties("flextime.gateway")
public record GatewayProperties(Breaker breaker, RateLimit rateLimit) {

    /** Each client's allowance per route: a burst of {@code capacity} requests, refilled at {@code refillPerSecond}. */
    public record RateLimit(double capacity, double refillPerSecond) {
    }

    /** The circuit breaker in front of each service. */
    public record Breaker(Duration timeout, float failureRatePercent, int windowSize, int minCalls, Duration openFor) {
    }
}
