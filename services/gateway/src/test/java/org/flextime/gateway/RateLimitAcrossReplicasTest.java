package org.flextime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.flextime.platform.testing.TestIssuer;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateway replicas sharing their rate limits in a real Redis (as the distributed topology does): one client's
 * flood, spread over both, gets one allowance, not one per replica. Every service behind them is down, so a request
 * that gets through is a 503 from the gateway and one that is limited a 429: nothing reaches a service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitAcrossReplicasTest {

    private final TestIssuer issuer = TestIssuer.start();
    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        String redis = System.getenv("FLEXTIME_REDIS_URL");
        assertThat(redis).as("FLEXTIME_REDIS_URL must name a real Redis (./flextime test provisions one)").isNotBlank();
        int dead = TestPorts.free();
        for (int i = 0; i < 2; i++) {
            int port = TestPorts.free();
            Map<String, Object> properties = new HashMap<>(GatewayApplication.SERVICE.properties(port, "jdbc:h2:mem:unused", "sa", ""));
            for (String service : Routes.PATHS.keySet()) {
                properties.put("flextime.routes." + service, "http://127.0.0.1:" + dead);
            }
            properties.put("flextime.bus.kind", "redis");
            properties.put("spring.data.redis.url", redis);
            // a small allowance that does not refill during the test: the flood counts exactly
            properties.put("flextime.gateway.rate-limit.capacity", 5);
            properties.put("flextime.gateway.rate-limit.refill-per-second", 0.01);
            replicas.add(GatewayApplication.SERVICE.application(issuer.configure(properties)).run());
            ports.add(port);
        }
    }

    @AfterAll
    void stop() {
        replicas.forEach(ConfigurableApplicationContext::close);
        issuer.close();
    }

    private CompletableFuture<HttpResponse<String>> send(int replica, String bearer) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(replica) + "/api/v1/event-types"))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aThousandRequestsFromOneClientOverTwoReplicasGetOneAllowanceThen429() {
        String flooder = "Bearer " + issuer.token("flooder-" + UUID.randomUUID(), "viewer");
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            flood.add(send(i % 2, flooder));
        }
        List<HttpResponse<String>> answers = flood.stream().map(CompletableFuture::join).toList();
        // capacity 5 for both replicas together: five get through (to the down service's 503), 995 are refused
        assertThat(answers.stream().filter(r -> r.statusCode() == 503)).hasSize(5);
        List<HttpResponse<String>> limited = answers.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).hasSize(995);
        // a token every 100 s, less the seconds the flood itself took
        assertThat(limited).allSatisfy(r -> assertThat(Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(90, 100));
        assertThat(limited.get(0).headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // another client is still served by either replica
        String other = "Bearer " + issuer.token("other-" + UUID.randomUUID(), "viewer");
        assertThat(send(0, other).join().statusCode()).isEqualTo(503);
        assertThat(send(1, other).join().statusCode()).isEqualTo(503);
    }
}
