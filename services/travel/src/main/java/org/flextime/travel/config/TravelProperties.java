package org.flextime.travel.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The travel service's settings; the defaults are in {@code travel.yml}. {@code optimizeFor} is how long the optimize
 * endpoint searches by default, {@code sagaOptimizeFor} how long the creation saga's travel step does (null: as long).
 */
@ConfigurationProperties("flextime.travel")
public record TravelProperties(Api scheduler, Api constraints, FareFeed fareFeed, Duration optimizeFor, Duration sagaOptimizeFor) {

    /**
     * Another service's public API: its base URL (blank: not configured) and how long connecting and answering may take.
     */
    public record Api(String url, Duration connectTimeout, Duration readTimeout) {
    }

    /**
     * A live fare feed (blank URL: the season's table prices every leg): each call may take {@code timeout}, quotes are
     * kept {@code ttl}, and the circuit breaker opens when half of the last {@code window} calls failed, for {@code openFor}.
     */
    public record FareFeed(String url, Duration timeout, Duration ttl, int window, Duration openFor) {
    }
}
