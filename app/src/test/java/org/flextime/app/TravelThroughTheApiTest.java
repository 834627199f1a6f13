package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A schedule's travel through the gateway of a whole embedded topology: generated, reported in dollars, optimized into
 * a new version made by the travel optimizer with the saving stated, reported again; and eight schedules optimized at
 * once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TravelThroughTheApiTest {

    private EmbeddedTopology topology;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        int port = TestPorts.freeBlock(EmbeddedTopology.SERVICES.size());
        // the saga's travel step stops before its first move: the optimize endpoint has the generated draft to lower
        topology = EmbeddedTopology.start(new TopologySettings(TestDatabases.freshH2(), "sa", "", port),
                Map.of("flextime.travel.saga-optimize-for", "1ns"));
        api = new Api(topology.url(), topology.adminToken());
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    /** Requests a generated draft (no season-engine optimization); answers the job's location. */
    private String requested(String sport, int seed) {
        Api.Reply created = api.post("/api/v1/schedules", "{\"sport\":\"" + sport + "\",\"season\":\"2025-26\","
                + "\"options\":{\"optimize\":false,\"seed\":" + seed + "}}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(202);
        return created.header("Location");
    }

    /** The schedule id of a requested job, once it completed. */
    private String completed(String job) {
        JsonNode done = await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(job).body(), j -> j.get("state").asString().matches("completed|failed"));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("completed");
        return done.get("scheduleId").asString();
    }

    private String generated(String sport, int seed) {
        return completed(requested(sport, seed));
    }

    @Test
    void aScheduleIsReportedOptimizedIntoANewVersionWithItsSavingAndReportedAgain() {
        String id = generated("MBB", 1);
        Api.Reply report = api.get("/api/v1/schedules/" + id + "/travel");
        assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
        long before = report.body().get("dollars").asLong();
        assertThat(before).isPositive();
        assertThat(report.body().get("version").asInt()).isEqualTo(1);
        assertThat(report.body().get("priceSource").asString()).isEqualTo("season table");
        assertThat(report.body().get("teams")).hasSize(16);
        assertThat(report.body().get("spread").get("difference").asLong()).isPositive();
        // the saga's travel step priced the generated version by the same model, and changed nothing
        JsonNode step = api.get("/api/v1/travel/" + id).body();
        assertThat(step.get("totalDollars").asLong()).isEqualTo(before);
        assertThat(step.get("dollarsBefore").asLong()).isEqualTo(before);
        assertThat(step.get("saving").asLong()).isZero();
        assertThat(step.get("changedGames")).isEmpty();

        String body = "{\"seconds\":3,\"seed\":1}";
        Api.Reply optimized = api.post("/api/v1/schedules/" + id + "/travel/optimize", body, "Idempotency-Key", "travel-1");
        assertThat(optimized.status()).as(optimized.raw().body()).isEqualTo(200);
        JsonNode r = optimized.body();
        assertThat(r.get("fromVersion").asInt()).isEqualTo(1);
        assertThat(r.get("version").asInt()).isEqualTo(2);
        assertThat(r.get("dollarsBefore").asLong()).isEqualTo(before);
        assertThat(r.get("saving").asLong()).isPositive().isEqualTo(before - r.get("dollarsAfter").asLong());
        assertThat(r.get("hardViolations").asInt()).isZero();
        assertThat(r.get("changedGames").size()).isPositive();

        Api.Reply version = api.get("/api/v1/schedules/" + id + "/versions/2");
        assertThat(version.body().get("actor").asString()).isEqualTo("travel-optimizer");
        assertThat(version.body().get("reason").asString()).startsWith("travel optimizer: $");
        assertThat(api.get("/api/v1/schedules/" + id).header("ETag")).isEqualTo("\"v2\"");

        Api.Reply again = api.get("/api/v1/schedules/" + id + "/travel");
        assertThat(again.body().get("version").asInt()).isEqualTo(2);
        assertThat(again.body().get("dollars").asLong()).isEqualTo(r.get("dollarsAfter").asLong());

        Api.Reply replay = api.post("/api/v1/schedules/" + id + "/travel/optimize", body, "Idempotency-Key", "travel-1");
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(r);

        Api.Reply zero = api.get("/api/v1/schedules/" + id + "/travel?party=0");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body().get("field").asString()).isEqualTo("party");
    }

    @Test
    void eightConcurrentOptimizationsAllComplete() {
        List<String> jobs = new ArrayList<>();
        for (int seed = 1; seed <= 8; seed++) {
            jobs.add(requested(seed % 2 == 0 ? "WBB" : "MBB", seed));
        }
        List<String> ids = jobs.stream().map(this::completed).toList();
        List<CompletableFuture<Api.Reply>> calls = ids.stream().map(id -> CompletableFuture.supplyAsync(
                () -> api.post("/api/v1/schedules/" + id + "/travel/optimize", "{\"seconds\":2}"))).toList();
        for (CompletableFuture<Api.Reply> call : calls) {
            Api.Reply reply = call.join();
            assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
            assertThat(reply.body().get("hardViolations").asInt()).isZero();
            assertThat(reply.body().get("saving").asLong()).isNotNegative();
        }
    }
}
