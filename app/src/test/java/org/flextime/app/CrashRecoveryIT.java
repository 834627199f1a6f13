package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flextime.platform.launch.DatabaseUrl;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Kills the embedded JVM with SIGKILL twice in the middle of a saga (once while the engine drafts,
 * once while a remote step is in flight) and starts it again: the job is queued again, the saga
 * resumes and completes, no event is lost and no consumer's effect happens twice.
 */
class CrashRecoveryIT {

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    private Process start(Path dataDir, int port, Path log, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-jar", new File("target/flextime-app.jar").getAbsolutePath(), "serve"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("FLEXTIME_DATA_DIR", dataDir.toString(), "FLEXTIME_PORT", Integer.toString(port)));
        builder.environment().remove("FLEXTIME_DB_URL");
        Process process = builder.start();
        processes.add(process);
        Api gateway = new Api("http://127.0.0.1:" + port);
        ProcessWait.of(List.of(process), List.of(log)).until("a healthy gateway", () -> gateway.get("/actuator/health").status() == 200);
        return process;
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    @Test
    void aSagaKilledMidwayResumesAfterRestartWithEveryEffectExactlyOnce() throws Exception {
        Path dataDir = Files.createTempDirectory("flextime-crash-");
        Path log = dataDir.resolve("flextime.log");
        // The topology's services listen on this port and the next eight (gateway to identity).
        int port = TestPorts.freeBlock(EmbeddedTopology.SERVICES.size());
        // First kill: while the engine works on the job (it stalls in createDraft).
        Process first = start(dataDir, port, log, "--flextime.faults.createDraft=delay:60");
        // the first admin's token, which the identity service wrote at its first start
        String token = Files.readString(dataDir.resolve("admin.token")).trim();
        Api api = new Api("http://127.0.0.1:" + port, token);
        Api.Reply created = api.post("/api/v1/schedules", "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}");
        assertThat(created.status()).isEqualTo(202);
        String location = created.header("Location");
        ProcessWait.of(List.of(first), List.of(log)).until("the job running",
                () -> api.get(location).body().get("state").asString("").equals("running"));
        Thread.sleep(1500);
        kill(first);

        // Second kill: the job was queued again and drafted; now travel stalls with its step in flight.
        Process second = start(dataDir, port, log, "--flextime.faults.optimizeTravel=delay:60");
        ProcessWait.of(List.of(second), List.of(log)).until("the saga at optimizeTravel",
                () -> api.get(location).body().get("step").asString("").equals("optimizeTravel"));
        Thread.sleep(1500);
        kill(second);

        Process third = start(dataDir, port, log);
        ProcessWait.of(List.of(third), List.of(log)).until("the job ended",
                () -> api.get(location).body().get("state").asString().matches("completed|failed"));
        JsonNode job = api.get(location).body();
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        String sagaId = job.get("id").asString();
        String scheduleId = job.get("scheduleId").asString();
        assertThat(api.get("/api/v1/schedules/" + scheduleId).body().get("games").asInt()).isEqualTo(160);

        // The event store had already taken travel.optimize before the kill; the redelivery was recognised.
        String metrics = new Api("http://127.0.0.1:" + (port + 6), token).get("/actuator/prometheus").raw().body();
        assertThat(metrics).containsPattern(
                "flextime_events_consumed_total\\{[^}]*group=\"state\"[^}]*outcome=\"duplicate\"[^}]*type=\"travel.optimize\"[^}]*} 1.0");

        third.destroy();
        assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // three starts, a saga and its recovery: the log never shows the admin's password or a token
        String wholeLog = Files.readString(log);
        assertThat(wholeLog).contains("created the first admin").doesNotContain(Files.readString(dataDir.resolve("admin.password")).trim())
                .doesNotContain(token).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.eyJ");

        try (Connection connection = DriverManager.getConnection(
                DatabaseUrl.forSchema(DatabaseUrl.embedded(dataDir.toString()), "state"), "sa", "")) {
            JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            assertThat(db.queryForList("SELECT type FROM state.event WHERE stream_id = ? ORDER BY version", String.class, scheduleId))
                    .containsExactly("schedule.requested", "schedule.draft.created", "travel.optimize", "travel.optimized",
                            "schedule.validate", "schedule.validated", "conflicts.detect", "conflicts.detected", "quality.predict",
                            "quality.predicted", "schedule.finalized");
            assertThat(db.queryForObject("SELECT COUNT(*) FROM scheduler.game WHERE schedule_id = ?", Integer.class, scheduleId)).isEqualTo(160);
            assertThat(db.queryForObject("SELECT attempts FROM scheduler.job WHERE id = ?", Integer.class, sagaId))
                    .as("the engine ran twice: the first run died with its JVM").isEqualTo(2);
            for (String table : List.of("constraints.step_result", "conflicts.step_result", "travel.step_result", "intelligence.step_result")) {
                assertThat(db.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE saga_id = ? AND status = 'done'", Integer.class, sagaId))
                        .as(table).isEqualTo(1);
            }
            for (String schema : List.of("scheduler", "constraints", "conflicts", "travel", "intelligence", "state")) {
                assertThat(db.queryForObject("SELECT COUNT(*) FROM " + schema + ".outbox WHERE dispatched_at IS NULL", Integer.class))
                        .as(schema + " outbox drained").isZero();
                assertThat(db.queryForObject("SELECT COUNT(*) FROM " + schema + ".dead_letter", Integer.class)).as(schema + " dead letters").isZero();
            }
            assertThat(db.queryForObject("SELECT COUNT(*) FROM state.processed_event WHERE event_type = 'travel.optimize'", Integer.class))
                    .isEqualTo(1);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM travel.processed_event WHERE event_type = 'travel.optimize'", Integer.class))
                    .isEqualTo(1);
        }
    }
}
