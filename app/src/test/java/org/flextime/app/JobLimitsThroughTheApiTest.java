package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The limits on solve jobs, through the gateway with real users' tokens: at most ten queued or running jobs per user,
 * and a flood of requests from one client refused cleanly with nothing stored beyond what the limits allow. The
 * engine stalls in its draft meanwhile, so every accepted job stays active.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobLimitsThroughTheApiTest {

    private static final String MBB = "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}";
    private EmbeddedTopology topology;
    private Api admin;
    private final List<String> accepted = new ArrayList<>();

    @BeforeAll
    void start() {
        topology = EmbeddedTopology.start(new TopologySettings(TestDatabases.freshH2(), "sa", "",
                TestPorts.freeBlock(EmbeddedTopology.SERVICES.size())), Map.of());
        admin = new Api(topology.url(), topology.adminToken());
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    @BeforeEach
    void stallTheEngine() {
        topology.context("scheduler").getBean(FaultInjection.class).set("createDraft", "delay:20");
    }

    @AfterEach
    void cancelTheJobs() {
        topology.context("scheduler").getBean(FaultInjection.class).set("createDraft", null);
        accepted.forEach(location -> admin.delete(location));
        accepted.clear();
    }

    /** A new user with {@code role}: the token the admin had issued for them. */
    private String user(String name, String role) {
        assertThat(admin.post("/api/v1/users", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}").status()).isEqualTo(201);
        Api.Reply token = admin.post("/api/v1/users/" + name + "/tokens", "");
        assertThat(token.status()).isEqualTo(200);
        return token.body().get("access_token").asString();
    }

    private int jobsOf(String user) {
        return topology.context("scheduler").getBean(JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM job WHERE requested_by = ?", Integer.class, user);
    }

    private Api.Reply request(Api as) {
        Api.Reply reply = as.post("/api/v1/schedules", MBB);
        if (reply.status() == 202) {
            accepted.add(reply.header("Location"));
        }
        return reply;
    }

    @Test
    void theEleventhActiveJobOfAUserIsA429ProblemAndAnotherUserIsNotAffected() {
        Api ann = admin.as(user("ann", "scheduler"));
        for (int i = 0; i < 10; i++) {
            assertThat(request(ann).status()).as("job %d", i + 1).isEqualTo(202);
        }
        Api.Reply eleventh = request(ann);
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(eleventh.header("Retry-After")).isEqualTo("30");
        assertThat(eleventh.body().get("type").asString()).isEqualTo("https://flextime.org/problems/too-many-jobs");
        assertThat(eleventh.body().get("limit").asInt()).isEqualTo(10);
        assertThat(eleventh.body().get("detail").asString()).contains("'ann' already has 10");
        assertThat(jobsOf("ann")).as("the refused request stored no job").isEqualTo(10);

        Api bob = admin.as(user("bob", "scheduler"));
        assertThat(request(bob).status()).isEqualTo(202);
        assertThat(jobsOf("bob")).isEqualTo(1);

        // once ann cancels one, she may ask again
        assertThat(admin.delete(accepted.get(0)).status()).isEqualTo(200);
        assertThat(request(ann).status()).isEqualTo(202);
    }

    @Test
    void aThousandRequestsAtOnceFromOneClientAreRefusedCleanlyAndStoreNoMoreThanTheLimits() throws Exception {
        String bearer = "Bearer " + user("flooder", "scheduler");
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            flood.add(http.sendAsync(HttpRequest.newBuilder(URI.create(topology.url() + "/api/v1/schedules")).header("Authorization", bearer)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(MBB)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = flood.stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        answers.stream().filter(r -> r.statusCode() == 202).forEach(r -> accepted.add(r.headers().firstValue("Location").orElseThrow()));

        // every answer is an acceptance or a 429 problem with Retry-After: no error, no partial answer
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.statusCode()).isIn(202, 429);
            if (r.statusCode() == 429) {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            }
        });
        // the gateway let through its burst of 100 (and what refilled while the flood lasted); the scheduler took ten
        long limitedAtTheGateway = answers.stream().filter(r -> r.body().contains("/problems/too-many-requests")).count();
        assertThat(limitedAtTheGateway).as("refused at the gateway in %.1f s", seconds).isBetween(1000 - 100 - Math.round(50 * seconds) - 1, 900L);
        assertThat(answers.stream().filter(r -> r.statusCode() == 202)).hasSize(10);
        assertThat(jobsOf("flooder")).as("jobs stored for the flooder").isEqualTo(10);
        // and FlexTime is still healthy and serving others
        assertThat(new Api(topology.url()).get("/actuator/health").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/jobs").status()).isEqualTo(200);
    }
}
