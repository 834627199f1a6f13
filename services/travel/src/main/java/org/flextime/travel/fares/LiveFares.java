package org.flextime.travel.fares;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.flextime.domain.FareSource;
import org.flextime.domain.ModeFare;
import org.flextime.domain.Team;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A live fare feed as a price source: {@code GET <url>/fares?mode=charter-flight&from=BYU&to=WVU&party=20&miles=1670.5}
 * answers {@code {"dollars": 41250.0}}. Quotes are cached for {@code ttl}; the calls go through a circuit breaker, so a
 * failing feed is left alone for a while instead of slowing every schedule. Whenever the feed cannot answer, the
 * season's table prices the leg and the {@link Quotes} of that request say so.
 */
public final class LiveFares {
    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration ttl;
    private final Clock clock;
    private final ObjectMapper json;
    private final CircuitBreaker breaker;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(double dollars, Instant until) {
    }

    /**
     * A feed at {@code url}: each call may take {@code timeout}; quotes live {@code ttl}; the breaker opens when half of
     * the last {@code window} calls (at least that many made) failed, and lets one call through after {@code openFor}.
     */
    public LiveFares(String url, Duration timeout, Duration ttl, int window, Duration openFor, ObjectMapper json, Clock clock) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
        this.ttl = ttl;
        this.clock = clock;
        this.json = json;
        this.breaker = CircuitBreaker.of("fare-feed", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window).minimumNumberOfCalls(window).failureRateThreshold(50)
                .waitDurationInOpenState(openFor).permittedNumberOfCallsInHalfOpenState(1).build());
    }

    /** The breaker's state: CLOSED while the feed answers, OPEN while it is left alone. */
    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** A price source for one request, which counts the legs the table had to price and why. */
    public Quotes quotes() {
        return new Quotes();
    }

    /** The prices of one request: live where the feed answered, the season's table where it did not. */
    public final class Quotes implements FareSource {
        private final AtomicInteger fallbacks = new AtomicInteger();
        private final AtomicReference<String> reason = new AtomicReference<>();

        @Override
        public double dollars(ModeFare fare, Team from, Team to, double greatCircle, double road, int party) {
            String key = fare.mode().label() + "|" + from.code() + "|" + to.code() + "|" + party;
            Cached hit = cache.get(key);
            if (hit != null && hit.until().isAfter(clock.instant())) {
                return hit.dollars();
            }
            try {
                double dollars = breaker.executeCheckedSupplier(() -> fetch(fare, from, to, fare.miles(greatCircle, road), party));
                cache.put(key, new Cached(dollars, clock.instant().plus(ttl)));
                return dollars;
            } catch (CallNotPermittedException e) {
                return table(fare, greatCircle, road, party, "the fare feed's circuit breaker is open after repeated failures");
            } catch (Throwable e) {
                return table(fare, greatCircle, road, party, "the fare feed failed: " + e.getMessage());
            }
        }

        /** Whether the table priced any leg of this request. */
        public boolean fellBack() {
            return fallbacks.get() > 0;
        }

        /** Why the table stood in (the last reason), or null if it never did. */
        public String note() {
            return fellBack() ? fallbacks.get() + " fares from the season's table: " + reason.get() : null;
        }

        private double table(ModeFare fare, double greatCircle, double road, int party, String why) {
            fallbacks.incrementAndGet();
            reason.set(why);
            return FareSource.TABLE.dollars(fare, null, null, greatCircle, road, party);
        }
    }

    private double fetch(ModeFare fare, Team from, Team to, double miles, int party) throws IOException, InterruptedException {
        String query = String.format(Locale.ROOT, "fares?mode=%s&from=%s&to=%s&party=%d&miles=%.1f", fare.mode().label(),
                URLEncoder.encode(from.code(), StandardCharsets.UTF_8), URLEncoder.encode(to.code(), StandardCharsets.UTF_8),
                party, miles);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(query)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("HTTP " + answer.statusCode() + " from " + base);
        }
        JsonNode dollars = json.readTree(answer.body()).path("dollars");
        if (!dollars.isNumber() || dollars.doubleValue() < 0) {
            throw new IOException("no dollars in the answer from " + base);
        }
        return dollars.doubleValue();
    }
}
