package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** With {@code flextime.travel.optimize-finalized}, a finalized season schedule gets version 2 from the travel optimizer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TravelAfterFinalizingTest {

    private EmbeddedTopology topology;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        int port = TestPorts.freeBlock(EmbeddedTopology.SERVICES.size());
        topology = EmbeddedTopology.start(new TopologySettings(TestDatabases.freshH2(), "sa", "", port),
                Map.of("flextime.travel.optimize-finalized", "true", "flextime.travel.optimize-for", "2s"));
        api = new Api(topology.url(), topology.adminToken());
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    void aFinalizedScheduleIsOptimizedIntoVersionTwoByTheTravelOptimizer() {
        Api.Reply created = api.post("/api/v1/schedules",
                "{\"sport\":\"WBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}");
        JsonNode job = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(created.header("Location")).body(), j -> j.get("state").asString().matches("completed|failed"));
        assertThat(job.get("state").asString()).isEqualTo("completed");
        String id = job.get("scheduleId").asString();
        long generated = api.get("/api/v1/travel/" + id).body().findValue("totalDollars").asLong();

        JsonNode v2 = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/api/v1/schedules/" + id + "/versions/2"), r -> r.status() == 200).body();
        assertThat(v2.get("actor").asString()).isEqualTo("travel-optimizer");
        JsonNode report = api.get("/api/v1/schedules/" + id + "/travel").body();
        assertThat(report.get("version").asInt()).isEqualTo(2);
        assertThat(report.get("dollars").asLong()).isLessThan(generated);
    }
}
