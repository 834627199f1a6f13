package org.flextime.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The gateway's settings; the defaults are in {@code gateway.yml}. */
@ConfigurationProperties("flextime.gateway")
public record GatewayProperties(Breaker breaker) {

    /** The circuit breaker in front of each service. */
    public record Breaker(Duration timeout, float failureRatePercent, int windowSize, int minCalls, Duration openFor) {
    }
}
