package org.flextime.travel.fares;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.flextime.domain.ModeFare;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Team;
import org.flextime.domain.TravelCosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The live fare feed against a stub feed on loopback: quotes used and cached, failures priced by the table, the breaker. */
class LiveFaresTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Team BYU = SEASON.teams().get("BYU");
    private static final Team WVU = SEASON.teams().get("WVU");
    private static final ModeFare CHARTER = TravelCosts.REFERENCE.fares().get(1);

    private final AtomicInteger calls = new AtomicInteger();
    private volatile int status = 200;
    private HttpServer feed;
    private LiveFares fares;

    @BeforeEach
    void start() throws IOException {
        feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feed.createContext("/fares", exchange -> {
            calls.incrementAndGet();
            byte[] body = ("{\"dollars\": 41250.5, \"query\": \"" + exchange.getRequestURI().getQuery() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feed.start();
        fares = new LiveFares("http://127.0.0.1:" + feed.getAddress().getPort(), Duration.ofSeconds(2), Duration.ofHours(1), 4,
                Duration.ofMinutes(5), JsonMapper.builder().build(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        feed.stop(0);
    }

    @Test
    void aLiveQuoteIsUsedAndCached() {
        LiveFares.Quotes quotes = fares.quotes();
        assertThat(quotes.dollars(CHARTER, BYU, WVU, 1670.521, 2004.625, 20)).isEqualTo(41250.5);
        assertThat(fares.quotes().dollars(CHARTER, BYU, WVU, 1670.521, 2004.625, 20)).isEqualTo(41250.5);
        assertThat(calls).hasValue(1);
        assertThat(quotes.fellBack()).isFalse();
        assertThat(quotes.note()).isNull();
    }

    @Test
    void aFailingFeedIsPricedByTheTableAndSaysSo() {
        status = 503;
        LiveFares.Quotes quotes = fares.quotes();
        // the table: $24,000 + 1,670.521 miles x $30
        assertThat(quotes.dollars(CHARTER, BYU, WVU, 1670.521, 2004.625, 20)).isEqualTo(74115.63, org.assertj.core.api.Assertions.within(0.01));
        assertThat(quotes.fellBack()).isTrue();
        assertThat(quotes.note()).isEqualTo("1 fares from the season's table: the fare feed failed: HTTP 503 from http://127.0.0.1:"
                + feed.getAddress().getPort() + "/");
    }

    @Test
    void afterRepeatedFailuresTheBreakerOpensAndTheFeedIsLeftAlone() {
        status = 500;
        LiveFares.Quotes quotes = fares.quotes();
        for (int i = 0; i < 6; i++) {
            quotes.dollars(CHARTER, BYU, WVU, 1670.521 + i, 2004.625, 20);
        }
        // four calls fill the window, all failed: the breaker opens and the last two legs never reach the feed
        assertThat(calls).hasValue(4);
        assertThat(fares.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(quotes.note()).isEqualTo("6 fares from the season's table: the fare feed's circuit breaker is open after "
                + "repeated failures");
    }
}
