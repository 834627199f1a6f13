package org.flextime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flextime.platform.testing.TestPorts;
import org.flextime.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/** The gateway alone, with every service behind it down: it answers cleanly and reports itself unhealthy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayTest {

    private final TestIssuer issuer = TestIssuer.start();

    private ConfigurableApplicationContext gateway;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        // The gateway's port and, next to it, one where nothing listens: every service behind the gateway is down.
        port = TestPorts.freeBlock(2);
        int dead = port + 1;
        Map<String, Object> properties = new HashMap<>(GatewayApplication.SERVICE.properties(port, "jdbc:h2:mem:unused", "sa", ""));
        for (String service : Routes.PATHS.keySet()) {
            properties.put("flextime.routes." + service, "http://127.0.0.1:" + dead);
        }
        // a small allowance that does not refill during the test: the flood test counts exactly
        properties.put("flextime.gateway.rate-limit.capacity", 5);
        properties.put("flextime.gateway.rate-limit.refill-per-second", 0.01);
        gateway = GatewayApplication.SERVICE.application(issuer.configure(properties)).run();
    }

    @AfterAll
    void stop() {
        issuer.close();
        gateway.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", issuer.adminBearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSchedule(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/schedules")).header("Authorization", issuer.adminBearer())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestToADownServiceGetsA503ProblemNamingTheService() throws Exception {
        HttpResponse<String> response = get("/api/v1/jobs/123");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"service\":\"scheduler\"").contains("not answering");
    }

    @Test
    void aWriteThatGotNoAnswerIsReportedAsUnknownWithTheAdviceToRetryWithTheSameIdempotencyKey() throws Exception {
        HttpResponse<String> response = postSchedule("{\"sport\":\"MBB\"}");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("unknown").contains("same Idempotency-Key").doesNotContain("othing was changed");
    }

    @Test
    void aReadThatGotNoAnswerMaySimplyBeRetried() throws Exception {
        HttpResponse<String> response = get("/api/v1/schedules/abc");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("try it again").doesNotContain("unknown");
    }

    @Test
    void aBodyAboveTheRoutesLimitIsRefusedAtTheGatewayWithA413Problem() throws Exception {
        String body = "{\"sport\":\"MBB\",\"pad\":\"" + "x".repeat(65 * 1024) + "\"}";
        HttpResponse<String> response = postSchedule(body);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"limit\":65536");
    }

    @Test
    void aCallWithoutATokenIsRefusedAtTheGatewayWithA401ProblemAndABearerChallenge() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/jobs/123")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":401").contains("needs a bearer token");
    }

    @Test
    void aThousandRequestsAtOnceFromOneClientGetItsAllowanceThen429WithRetryAfterWhileOthersAreServed() throws Exception {
        String flooder = "Bearer " + issuer.token("flooder", "viewer");
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> flood = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            flood.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/event-types"))
                    .header("Authorization", flooder).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = flood.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        List<HttpResponse<String>> limited = answers.stream().filter(r -> r.statusCode() == 429).toList();
        // capacity 5: five reach the (down) hub and get its 503, every other one is refused at the gateway
        assertThat(answers.stream().filter(r -> r.statusCode() == 503)).hasSize(5);
        assertThat(limited).hasSize(995);
        assertThat(limited.get(0).headers().firstValue("Retry-After")).contains("100");
        assertThat(limited.get(0).body()).contains("\"status\":429").contains("GET /api/v1/event-types");
        // another client on the same route, and the health probe, are still answered
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/event-types"))
                .header("Authorization", "Bearer " + issuer.token("someone-else", "viewer")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedWith413BeforeAnythingReadsIt() throws Exception {
        byte[] huge = new byte[50 * 1024 * 1024];
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/robinx/instances"))
                .header("Authorization", issuer.adminBearer()).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"limit\":8388608");
    }

    @Test
    void healthIsDownWhileAnyServiceBehindItIs() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"downstreamHealth\"").contains("DOWN (");
    }

    @Test
    void everyPublicPathBelongsToExactlyOneService() {
        List<String> all = Routes.PATHS.values().stream().flatMap(List::stream).toList();
        assertThat(all).doesNotHaveDuplicates().allMatch(p -> p.startsWith("/api/v1/"));
        assertThat(Routes.PATHS.keySet()).containsExactlyInAnyOrder("scheduler", "constraints", "conflicts", "travel",
                "intelligence", "state", "communication-hub", "identity");
    }
}
