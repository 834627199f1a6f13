package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark harness for the time from an edit to its {@code conflict.detected}, on the 160-game MBB season, through
 * the gateway of the embedded topology: once with H2 and the in-process bus, once on PostgreSQL and Redis Streams.
 * Each sample moves a game onto a day one of its teams already plays (a new double booking) and reads the
 * {@code conflict.detected} event's time; the next edit moves it back. Not a test (its name keeps surefire from running
 * it with the suite): {@code bench/conflicts/run} runs it by name and it appends its section to the report named by
 * {@code -Dflextime.latency.out}.
 */
class ConflictLatencyHarness {

    private static final int SAMPLES = Integer.getInteger("flextime.latency.samples", 300);
    /** Edits made first and not counted: the first pays for class loading, JIT and the constraint set's first fetch. */
    private static final int WARMUP = 10;

    @Test
    void editToConflictDetected() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(measure("embedded (H2, in-process bus)", new TopologySettings(TestDatabases.freshH2(), "sa", "", TestPorts.freeBlock(EmbeddedTopology.SERVICES.size())),
                Map.of()));
        String redis = System.getenv("FLEXTIME_REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            String user = System.getenv().getOrDefault("FLEXTIME_PG_USER", "flextime");
            String password = System.getenv().getOrDefault("FLEXTIME_PG_PASSWORD", "flextime");
            lines.add(measure("PostgreSQL + Redis Streams (one JVM)", new TopologySettings(freshPostgres(user, password), user, password,
                    TestPorts.freeBlock(EmbeddedTopology.SERVICES.size())), Map.of("flextime.bus.kind", "redis", "spring.data.redis.url", redis,
                    "flextime.bus.stream", "flextime:latency:" + UUID.randomUUID())));
        } else {
            lines.add("| PostgreSQL + Redis Streams | not measured: FLEXTIME_REDIS_URL is not set | | | | | | |");
        }
        String section = "\n## Edit to conflict.detected (app)\n\n`ConflictLatencyHarness` in `app`, " + SAMPLES + " edits per topology after "
                + WARMUP + " not counted (the first edit's time is shown apart as cold: it pays for class loading, JIT and "
                + "the first fetch of the active constraint set), each a PATCH through the gateway moving one game of the generated 160-game MBB schedule onto a day one of its teams "
                + "already plays; latency = the conflict.detected event's time minus the moment the PATCH was sent (same clock). "
                + "The two middle columns split it: PATCH sent to the scheduler's schedule.changed (gateway, edit, commit), and "
                + "schedule.changed to conflict.detected (relay, bus, detection). Load: the 1-minute load average when the "
                + "topology's samples were done. Target p99 < 100 ms.\n\n| topology | p50 ms | p99 ms | max ms "
                + "| edit p50 / p99 ms | bus + detection p50 / p99 ms | cold first edit ms | load |\n|---|---|---|---|---|---|---|---|\n" + String.join("\n", lines) + "\n";
        String out = System.getProperty("flextime.latency.out");
        if (out != null) {
            Files.writeString(Path.of(out), section, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        System.err.println(section);
    }

    private static String freshPostgres(String user, String password) throws Exception {
        String base = TestDatabases.postgresUrl();
        String name = "flextime_latency_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, user, password)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    private static String measure(String label, TopologySettings settings, Map<String, Object> extra) {
        try (EmbeddedTopology topology = EmbeddedTopology.start(settings, extra)) {
            Api api = new Api(topology.url(), topology.adminToken());
            Api.Reply created = api.post("/api/v1/schedules", "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}");
            JsonNode job = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.get(created.header("Location")).body(), j -> j.get("state").asString().matches("completed|failed"));
            assertThat(job.get("state").asString()).isEqualTo("completed");
            String id = job.get("scheduleId").asString();
            JsonNode games = api.get("/api/v1/schedules/" + id + "/games").body();
            assertThat(games.size()).isEqualTo(160);
            Map<String, JsonNode> byId = new HashMap<>();
            List<JsonNode> list = new ArrayList<>();
            games.forEach(g -> {
                byId.put(g.get("id").asString(), g);
                list.add(g);
            });
            int version = 1;
            Map<Integer, Instant> sent = new HashMap<>();
            Map<Integer, Instant> warmup = new HashMap<>();
            for (int k = 0; k < WARMUP + SAMPLES; k++) {
                JsonNode g = list.get((k * 7) % list.size());
                JsonNode other = list.stream().filter(h -> !h.get("date").equals(g.get("date"))
                        && (h.get("home").equals(g.get("home")) || h.get("away").equals(g.get("home")))).findFirst().orElseThrow();
                (k < WARMUP ? warmup : sent).put(version + 1, Instant.now());
                Api.Reply moved = api.patch("/api/v1/schedules/" + id + "/games/" + g.get("id").asString(),
                        "{\"date\":\"" + other.get("date").asString() + "\"}", "If-Match", "\"v" + version + "\"");
                assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
                version++;
                waitForDetection(api, id, version);
                Api.Reply back = api.patch("/api/v1/schedules/" + id + "/games/" + g.get("id").asString(),
                        "{\"date\":\"" + g.get("date").asString() + "\"}", "If-Match", "\"v" + version + "\"");
                assertThat(back.status()).isEqualTo(200);
                version++;
                waitForDetection(api, id, version);
            }
            List<Double> ms = new ArrayList<>();
            double cold = Double.NaN;
            List<Double> toChanged = new ArrayList<>();
            List<Double> toDetected = new ArrayList<>();
            Map<Integer, Instant> changedAt = new HashMap<>();
            JsonNode stream = api.get("/api/v1/streams/" + id + "/events").body();
            for (JsonNode e : stream) {
                JsonNode event = e.get("event");
                if (event.get("type").asString().equals("schedule.changed")) {
                    changedAt.put(event.get("data").get("version").asInt(), Instant.parse(event.get("time").asString()));
                }
            }
            for (JsonNode e : stream) {
                JsonNode event = e.get("event");
                if (event.get("type").asString().equals("conflict.detected")) {
                    int v = event.get("data").get("version").asInt();
                    if (v == 2 && warmup.containsKey(v)) {
                        cold = Duration.between(warmup.get(v), Instant.parse(event.get("time").asString())).toNanos() / 1e6;
                    }
                    Instant start = sent.get(v);
                    if (start != null) {
                        Instant detected = Instant.parse(event.get("time").asString());
                        ms.add(Duration.between(start, detected).toNanos() / 1e6);
                        Instant changed = changedAt.get(v);
                        if (changed != null) {
                            toChanged.add(Duration.between(start, changed).toNanos() / 1e6);
                            toDetected.add(Duration.between(changed, detected).toNanos() / 1e6);
                        }
                    }
                }
            }
            assertThat(ms).as("every edit brought a double booking").hasSize(SAMPLES);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f / %.1f | %.1f | %.1f |", label, pct(ms, 50),
                    pct(ms, 99), pct(ms, 100), pct(toChanged, 50), pct(toChanged, 99), pct(toDetected, 50), pct(toDetected, 99), cold, load);
        }
    }

    // the p-th percentile (nearest rank) of the samples
    private static double pct(List<Double> samples, int p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    private static void waitForDetection(Api api, String id, int version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> api.get("/api/v1/schedules/" + id + "/conflicts?severity=critical").body(),
                        c -> c.get("detectedVersion").isInt() && c.get("detectedVersion").asInt() >= version);
    }
}
