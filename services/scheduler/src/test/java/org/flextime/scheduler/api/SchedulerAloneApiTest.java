package org.flextime.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.flextime.scheduler.SchedulerApplication;
import org.flextime.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduler alone over HTTP on H2, its constraints service unreachable: {@code Idempotency-Key} on
 * {@code POST /schedules}, and a job that fails with the reason instead of optimizing against the default rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchedulerAloneApiTest {

    private final TestIssuer issuer = TestIssuer.start();

    private static final String MBB = "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"seed\":7,\"budgetSeconds\":1}}";

    private ConfigurableApplicationContext service;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void start() {
        int port = TestPorts.free();
        Map<String, Object> properties = new HashMap<>(SchedulerApplication.SERVICE.properties(
                port - SchedulerApplication.SERVICE.portOffset(), TestDatabases.freshH2(), "sa", ""));
        // nothing listens on port 9: the constraints service is down for the whole test
        properties.put("flextime.constraints.url", "http://127.0.0.1:9");
        properties.put("flextime.constraints.retry-for", "1s");
        service = SchedulerApplication.SERVICE.application(issuer.configure(properties)).run();
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    void stop() {
        issuer.close();
        service.close();
    }

    private HttpResponse<String> post(String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/schedules")).header("Authorization", issuer.adminBearer())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode job(String location) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + location)).header("Authorization", issuer.adminBearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstAnswerAndAnotherBodyIsRefused() throws Exception {
        HttpResponse<String> first = post(MBB, "same-1");
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        // the same request with its members in another order and other spacing
        HttpResponse<String> again = post("{ \"options\": {\"budgetSeconds\":1, \"seed\":7}, \"season\":\"2025-26\", \"sport\":\"MBB\" }", "same-1");
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.body()).isEqualTo(first.body());
        // same sport and season, another seed: another request
        HttpResponse<String> otherSeed = post(MBB.replace("\"seed\":7", "\"seed\":8"), "same-1");
        assertThat(otherSeed.statusCode()).isEqualTo(422);
        assertThat(otherSeed.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(otherSeed.body()).get("field").asString()).isEqualTo("Idempotency-Key");
        // without a key every request is a new job
        String a = json.readTree(post(MBB, null).body()).get("id").asString();
        String b = json.readTree(post(MBB, null).body()).get("id").asString();
        assertThat(a).isNotEqualTo(b).isNotEqualTo(json.readTree(first.body()).get("id").asString());
    }

    @Test
    void aJobWhoseConstraintsServiceIsDownFailsWithTheReasonInsteadOfCompleting() throws Exception {
        HttpResponse<String> accepted = post(MBB, null);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode failed = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> job(location), j -> !j.get("state").asString().matches("queued|running"));
        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("error").asString())
                .startsWith("createDraft failed: constraints service unavailable for 1 s, so the sport's active constraint set is unknown (");
        assertThat(failed.get("constraintSet").isNull()).isTrue();
    }
}
