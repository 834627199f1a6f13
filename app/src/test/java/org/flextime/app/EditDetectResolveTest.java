package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Edit, detect, resolve through the gateway of a whole embedded topology: a generated MBB schedule, one of BYU's games
 * moved onto a Sunday, the blackout conflict detected on that version and holding up publication, and the conflict
 * resolved by the version that undoes the move; moved again, resolved by applying the best checked proposal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditDetectResolveTest {

    private static final String MBB = "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}";
    private EmbeddedTopology topology;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        int port = TestPorts.freeBlock(EmbeddedTopology.SERVICES.size());
        topology = EmbeddedTopology.start(new TopologySettings(TestDatabases.freshH2(), "sa", "", port), Map.of());
        api = new Api(topology.url(), topology.adminToken());
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    private JsonNode conflictsAt(String scheduleId, int version, String query) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/schedules/" + scheduleId + "/conflicts" + query).body(),
                        c -> c.get("detectedVersion").isInt() && c.get("detectedVersion").asInt() >= version);
    }

    private static List<JsonNode> ofKind(JsonNode answer, String kind) {
        List<JsonNode> out = new ArrayList<>();
        answer.get("conflicts").forEach(c -> {
            if (c.get("kind").asString().equals(kind)) {
                out.add(c);
            }
        });
        return out;
    }

    @Test
    void aGameMovedOntoABlackoutIsDetectedHoldsUpPublishingAndIsResolvedByUndoThenByAProposal() {
        Api.Reply created = api.post("/api/v1/schedules", MBB);
        JsonNode job = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(created.header("Location")).body(), j -> j.get("state").asString().matches("completed|failed"));
        assertThat(job.get("state").asString()).isEqualTo("completed");
        String id = job.get("scheduleId").asString();

        Api.Reply schedule = api.get("/api/v1/schedules/" + id);
        assertThat(schedule.header("ETag")).isEqualTo("\"v1\"");
        assertThat(conflictsAt(id, 1, "?severity=critical&state=open").get("conflicts").size())
                .as("the generated version has no critical conflict").isZero();

        // the editor signs in as herself: the token, not a header, says who edits
        assertThat(api.post("/api/v1/users", "{\"name\":\"ops\",\"role\":\"scheduler\"}").status()).isEqualTo(201);
        Api ops = api.as(api.post("/api/v1/users/ops/tokens", "").body().get("access_token").asString());

        // a BYU game onto a Sunday on which neither team plays
        JsonNode games = api.get("/api/v1/schedules/" + id + "/games").body();
        Set<String> busy = new HashSet<>();
        JsonNode byuGame = null;
        for (JsonNode g : games) {
            busy.add(g.get("home").asString() + g.get("date").asString());
            busy.add(g.get("away").asString() + g.get("date").asString());
            if (byuGame == null && g.get("away").asString().equals("BYU")) {
                byuGame = g;
            }
        }
        LocalDate sunday = LocalDate.parse(byuGame.get("date").asString()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (busy.contains(byuGame.get("home").asString() + sunday) || busy.contains("BYU" + sunday)) {
            sunday = sunday.plusWeeks(1);
        }
        String gameId = byuGame.get("id").asString();
        Api.Reply moved = ops.patch("/api/v1/schedules/" + id + "/games/" + gameId, "{\"date\":\"" + sunday + "\",\"reason\":\"TV\"}",
                "If-Match", "\"v1\"", "X-Actor", "someone-else");
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(moved.header("ETag")).isEqualTo("\"v2\"");

        JsonNode critical = conflictsAt(id, 2, "?severity=critical&state=open");
        assertThat(ofKind(critical, "calendar-blackout")).singleElement().satisfies(c -> {
            assertThat(c.get("gameIds").get(0).asString()).isEqualTo(gameId);
            assertThat(c.get("subject").asString()).isEqualTo("BYU");
            assertThat(c.get("family").asString()).isEqualTo("calendar");
            assertThat(c.get("detectedVersion").asInt()).isEqualTo(2);
        });

        assertThat(api.post("/api/v1/schedules/" + id + "/status", "{\"status\":\"review\"}", "If-Match", "\"v2\"").status()).isEqualTo(200);
        Api.Reply refused = api.post("/api/v1/schedules/" + id + "/status", "{\"status\":\"published\"}", "If-Match", "\"v2\"");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("criticalConflicts").asInt()).isGreaterThanOrEqualTo(1);

        Api.Reply undone = ops.post("/api/v1/schedules/" + id + "/undo", "{\"reason\":\"TV backed out\"}", "If-Match", "\"v2\"");
        assertThat(undone.status()).isEqualTo(200);
        JsonNode resolved = conflictsAt(id, 3, "?state=resolved");
        assertThat(ofKind(resolved, "calendar-blackout")).singleElement().satisfies(c -> {
            assertThat(c.get("resolvedVersion").asInt()).isEqualTo(3);
            assertThat(c.get("resolvedBy").asString()).isEqualTo("edit by ops in version 3");
        });

        // the same move again, and this time the best checked proposal resolves it
        Api.Reply again = ops.patch("/api/v1/schedules/" + id + "/games/" + gameId, "{\"date\":\"" + sunday + "\",\"reason\":\"TV again\"}",
                "If-Match", "\"v3\"");
        assertThat(again.header("ETag")).isEqualTo("\"v4\"");
        JsonNode blackout = ofKind(conflictsAt(id, 4, "?severity=critical&state=open"), "calendar-blackout").get(0);
        String conflictId = blackout.get("id").asString();
        Api.Reply offered = api.get("/api/v1/schedules/" + id + "/conflicts/" + conflictId + "/proposals");
        assertThat(offered.status()).as(offered.raw().body()).isEqualTo(200);
        assertThat(offered.body().get("version").asInt()).isEqualTo(4);
        offered.body().get("failures").forEach(f -> assertThat(f.get("kind").asString()).as(f.toString()).isNotEqualTo("threw"));
        JsonNode best = offered.body().get("proposals").get(0);
        assertThat(best.get("rank").asInt()).isEqualTo(1);
        assertThat(best.get("quality").asInt()).as("the critical blackout is gone").isLessThanOrEqualTo(-8);
        String strategy = best.get("strategy").asString();

        Api.Reply stale = ops.post("/api/v1/schedules/" + id + "/conflicts/" + conflictId + "/proposals/" + best.get("id").asString()
                + "/apply", "", "If-Match", "\"v3\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"v4\"");
        Api.Reply applied = ops.post("/api/v1/schedules/" + id + "/conflicts/" + conflictId + "/proposals/" + best.get("id").asString()
                + "/apply", "", "If-Match", "\"v4\"");
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);
        assertThat(applied.header("ETag")).isEqualTo("\"v5\"");
        JsonNode afterProposal = conflictsAt(id, 5, "?state=resolved");
        assertThat(ofKind(afterProposal, "calendar-blackout")).filteredOn(c -> c.get("id").asString().equals(conflictId))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("resolvedVersion").asInt()).isEqualTo(5);
                    assertThat(c.get("resolvedBy").asString()).isEqualTo("proposal " + strategy + " by ops in version 5");
                });
        assertThat(ofKind(conflictsAt(id, 5, "?severity=critical&state=open"), "calendar-blackout")).isEmpty();

        Api.Reply stats = api.get("/api/v1/conflicts/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().get("rows").toString()).contains("{\"family\":\"calendar\",\"severity\":\"critical\",\"detected\":2,"
                + "\"open\":0,\"resolved\":2,\"resolvedBy\":{\"edit\":1,\"proposal " + strategy + "\":1}}");
        assertThat(stats.body().get("strategies").toString()).contains("{\"strategy\":\"" + strategy + "\",\"family\":\"calendar\",");
        JsonNode row = null;
        for (JsonNode r : stats.body().get("strategies")) {
            if (r.get("strategy").asString().equals(strategy) && r.get("family").asString().equals("calendar")) {
                row = r;
            }
        }
        assertThat(row.get("accepted").asInt()).isEqualTo(1);
        assertThat(row.get("applied").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<String> types = new ArrayList<>();
            api.get("/api/v1/streams/" + id + "/events").body().forEach(e -> types.add(e.get("event").get("type").asString()));
            assertThat(types).contains("schedule.changed", "conflict.detected", "conflict.resolved", "conflict.resolution.proposed");
        });
        // the audit trail names the editor on her changes and on what they caused (detection in the conflicts service)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode byOps = api.get("/api/v1/audit?user=ops").body();
            List<String> opsTypes = new ArrayList<>();
            byOps.forEach(e -> opsTypes.add(e.get("type").asString()));
            assertThat(opsTypes).contains("schedule.changed", "conflict.detected", "conflict.resolved").doesNotContain("schedule.requested");
            assertThat(byOps).allSatisfy(e -> assertThat(e.get("actor").asString()).isEqualTo("ops"));
        });
        // two edits, the undo and the proposal the conflicts service applied for her
        assertThat(api.get("/api/v1/audit?user=ops&schedule=" + id + "&type=schedule.changed").body()).hasSize(4);
        JsonNode requested = api.get("/api/v1/audit?schedule=" + id + "&type=schedule.requested").body();
        assertThat(requested).singleElement().satisfies(e -> assertThat(e.get("actor").asString()).isEqualTo("admin"));
        assertThat(ops.get("/api/v1/audit?user=ops").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit?from=yesterday").status()).isEqualTo(422);
    }
}
