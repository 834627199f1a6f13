package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flextime.platform.launch.ServicePorts;
import org.flextime.platform.launch.Standalone;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The distributed topology: every service in its own process on a real PostgreSQL (a fresh
 * database) and a real Redis (a fresh stream), scheduling a season through the gateway.
 */
class DistributedTopologyIT {

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopAll() {
        processes.forEach(Process::destroy);
        processes.forEach(p -> {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private String freshDatabase() throws Exception {
        String base = TestDatabases.postgresUrl();
        String name = "flextime_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, System.getenv().getOrDefault("FLEXTIME_PG_USER", "flextime"),
                System.getenv().getOrDefault("FLEXTIME_PG_PASSWORD", "flextime"))) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    @Test
    void everyServiceInItsOwnProcessOnPostgresqlAndRedisStreamsSchedulesASeason() throws Exception {
        String redis = System.getenv("FLEXTIME_REDIS_URL");
        assertThat(redis).as("FLEXTIME_REDIS_URL must name a real Redis (./flextime test provisions one)").isNotBlank();
        String database = freshDatabase();
        // The topology's services listen on this port and the next eight (gateway to identity).
        int port = TestPorts.freeBlock(EmbeddedTopology.SERVICES.size());
        Path logs = Files.createTempDirectory("flextime-distributed-");
        String java = ProcessHandle.current().info().command().orElse("java");
        String stream = "flextime:it:" + UUID.randomUUID();
        Map<String, String> secrets = new HashMap<>();
        for (String service : ServicePorts.OFFSETS.keySet()) {
            secrets.put(service, UUID.randomUUID().toString());
        }
        List<Path> logFiles = new ArrayList<>();
        for (String service : ServicePorts.OFFSETS.keySet()) {
            logFiles.add(logs.resolve(service + ".log"));
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                    new File("target/flextime-app.jar").getAbsolutePath(), "service", service, "--flextime.bus.stream=" + stream,
                    // the gateway's buckets refill in 10 s (not 2), so one stays in Redis long enough to be looked at
                    "--flextime.gateway.rate-limit.refill-per-second=10")
                    .redirectErrorStream(true).redirectOutput(logs.resolve(service + ".log").toFile());
            builder.environment().put("FLEXTIME_DB_URL", database);
            builder.environment().put("FLEXTIME_DB_USER", System.getenv().getOrDefault("FLEXTIME_PG_USER", "flextime"));
            builder.environment().put("FLEXTIME_DB_PASSWORD", System.getenv().getOrDefault("FLEXTIME_PG_PASSWORD", "flextime"));
            builder.environment().put("FLEXTIME_REDIS_URL", redis);
            builder.environment().put("FLEXTIME_PORT", Integer.toString(port));
            // the identity service writes the first admin's token here and knows every service's client secret
            builder.environment().put("FLEXTIME_DATA_DIR", logs.toString());
            builder.environment().put("FLEXTIME_CLIENT_SECRET", secrets.get(service));
            secrets.forEach((name, secret) -> builder.environment().put(Standalone.clientSecretVariable(name), secret));
            processes.add(builder.start());
        }
        Api unsigned = new Api("http://127.0.0.1:" + port);
        // nine JVMs start on a shared machine: wait while they make progress, fail when one dies or all fall silent
        ProcessWait started = ProcessWait.of(processes, logFiles);
        started.until("a healthy gateway and the first admin's token",
                () -> unsigned.get("/actuator/health").status() == 200 && Files.isReadable(logs.resolve("admin.token")));
        String adminToken = Files.readString(logs.resolve("admin.token")).trim();
        Api gateway = unsigned.as(adminToken);

        Api.Reply created = gateway.post("/api/v1/schedules", "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}");
        assertThat(created.status()).isEqualTo(202);
        started.until("the job ended", () -> gateway.get(created.header("Location")).body().get("state").asString().matches("completed|failed"));
        JsonNode job = gateway.get(created.header("Location")).body();
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        String scheduleId = job.get("scheduleId").asString();
        JsonNode summary = gateway.get("/api/v1/schedules/" + scheduleId).body();
        assertThat(summary.get("games").asInt()).isEqualTo(160);
        assertThat(summary.get("hardViolations").asInt()).isZero();
        assertThat(gateway.get("/api/v1/streams/" + scheduleId + "/events").body()).hasSize(11);
        String health = new Api("http://127.0.0.1:" + (port + ServicePorts.offset("scheduler"))).get("/actuator/health").raw().body();
        assertThat(health).contains("\"redis\"").contains("\"db\"");
        // the gateway keeps its rate limits in Redis, where every replica draws on them: the bucket just used is there
        // (connected first: an idle bucket expires in 11 s, and a cold client is slow on a loaded machine)
        io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(redis);
        try (var connection = client.connect()) {
            connection.sync().ping();
            assertThat(gateway.get("/api/v1/jobs").status()).isEqualTo(200);
            assertThat(connection.sync().exists("flextime:rate-limit:sub:admin GET /api/v1/jobs")).isEqualTo(1L);
        } finally {
            client.shutdown();
        }
        // each service checks tokens itself: its own port refuses a call without one
        Map<String, String> ownRoutes = Map.of("scheduler", "/api/v1/schedules/" + scheduleId, "constraints", "/api/v1/validations/" + scheduleId,
                "state", "/api/v1/streams/" + scheduleId + "/events", "travel", "/api/v1/travel/" + scheduleId);
        ownRoutes.forEach((service, path) -> {
            Api direct = new Api("http://127.0.0.1:" + (port + ServicePorts.offset(service)));
            assertThat(direct.get(path).status()).as("unsigned " + service + " " + path).isEqualTo(401);
            assertThat(direct.as(adminToken).get(path).status()).as("signed " + service + " " + path).isEqualTo(200);
        });
        // nine processes, service tokens among them: no log shows the admin's password or any token
        String password = Files.readString(logs.resolve("admin.password")).trim();
        for (Path log : logFiles) {
            assertThat(Files.readString(log)).as(log.toString()).doesNotContain(password)
                    .doesNotContain(adminToken).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.eyJ");
        }
    }
}
