package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventSchemas;
import org.flextime.platform.faults.FaultInjection;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The schedule-creation saga through the public API of a whole embedded topology. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleCreationSagaTest {

    /** The generator's draft alone: these tests are about orchestration, the optimizer has its own. */
    private static final String MBB = "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}";
    private final ObjectMapper json = JsonMapper.builder().build();
    private EmbeddedTopology topology;
    private Api api;

    @BeforeAll
    void start() throws Exception {
        // The topology's services listen on this port and the next seven (gateway to communication hub).
        int port = TestPorts.freeBlock(EmbeddedTopology.SERVICES.size());
        TopologySettings settings = new TopologySettings(TestDatabases.freshH2(), "sa", "", port);
        // the travel step searches 1 s of the 8 s every step has
        topology = EmbeddedTopology.start(settings, Map.of("flextime.saga.step-timeout", "8s", "flextime.travel.saga-optimize-for", "1s"));
        api = new Api(topology.url(), topology.adminToken());
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    @AfterEach
    void clearFaults() {
        for (String service : List.of("scheduler", "constraints", "conflicts", "travel", "intelligence")) {
            FaultInjection faults = topology.context(service).getBean(FaultInjection.class);
            for (String step : List.of("createDraft", "optimizeTravel", "validateConstraints", "detectConflicts", "predictQuality", "finalize")) {
                faults.set(step, null);
            }
        }
    }

    private JsonNode awaitJob(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(location).body(), job -> job.get("state").asString().matches("completed|failed|cancelled"));
    }

    private List<EventEnvelope> stream(String scheduleId) {
        Api.Reply reply = api.get("/api/v1/streams/" + scheduleId + "/events");
        assertThat(reply.status()).isEqualTo(200);
        List<EventEnvelope> events = new ArrayList<>();
        reply.body().forEach(e -> events.add(json.treeToValue(e.get("event"), EventEnvelope.class)));
        return events;
    }

    @Test
    void aMensBasketballSeasonIsScheduledValidatedMeasuredAndFinal() {
        Api.Reply created = api.post("/api/v1/schedules", MBB);
        assertThat(created.status()).isEqualTo(202);
        assertThat(created.header("Location")).startsWith("/api/v1/jobs/");
        JsonNode job = awaitJob(created.header("Location"));
        assertThat(job.get("state").asString()).isEqualTo("completed");
        String scheduleId = job.get("scheduleId").asString();

        JsonNode summary = api.get("/api/v1/schedules/" + scheduleId).body();
        assertThat(summary.get("state").asString()).isEqualTo("final");
        assertThat(summary.get("games").asInt()).isEqualTo(160);
        assertThat(summary.get("hardViolations").asInt()).isZero();
        assertThat(summary.get("conflicts").asInt()).isZero();
        assertThat(summary.get("travelMiles").asDouble()).isGreaterThan(50_000);
        assertThat(summary.get("quality").asDouble()).isBetween(0.0, 100.0);

        JsonNode games = api.get("/api/v1/schedules/" + scheduleId + "/games").body();
        assertThat(games).hasSize(160);
        Map<String, Integer> played = new HashMap<>();
        Map<String, Map<String, List<String>>> meetings = new HashMap<>();
        Set<String> teamDays = new HashSet<>();
        for (JsonNode g : games) {
            String home = g.get("home").asString();
            String away = g.get("away").asString();
            LocalDate date = LocalDate.parse(g.get("date").asString());
            for (String team : List.of(home, away)) {
                played.merge(team, 1, Integer::sum);
                assertThat(teamDays.add(team + date)).as(team + " twice on " + date).isTrue();
                if (team.equals("BYU")) {
                    assertThat(date.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
                }
            }
            meetings.computeIfAbsent(home, t -> new HashMap<>()).computeIfAbsent(away, t -> new ArrayList<>()).add("home");
            meetings.computeIfAbsent(away, t -> new HashMap<>()).computeIfAbsent(home, t -> new ArrayList<>()).add("away");
        }
        assertThat(played).hasSize(16).allSatisfy((team, n) -> assertThat(n).as(team).isEqualTo(20));
        meetings.forEach((team, opponents) -> {
            assertThat(opponents).as(team).hasSize(15);
            List<List<String>> twice = opponents.values().stream().filter(m -> m.size() == 2).toList();
            assertThat(twice).as(team + " plays 5 opponents twice").hasSize(5)
                    .allSatisfy(m -> assertThat(m).containsExactlyInAnyOrder("home", "away"));
        });

        List<EventEnvelope> events = stream(scheduleId);
        assertThat(created.header("X-Correlation-Id")).as("the gateway's correlation id reaches every event").isNotBlank();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.correlationid()).isEqualTo(created.header("X-Correlation-Id"));
            assertThat(e.traceparent()).isEqualTo(created.header("traceparent"));
        });
        List<String> types = events.stream().map(EventEnvelope::type).toList();
        assertThat(types).containsExactly("schedule.requested", "schedule.draft.created", "travel.optimize", "travel.optimized",
                "schedule.validate", "schedule.validated", "conflicts.detect", "conflicts.detected", "quality.predict",
                "quality.predicted", "schedule.finalized");
        // the quality deducts for the travel cost the travel step measured (dollars in miles' worth), not the miles
        double travelCost = events.get(3).data().get("travelCost").asDouble();
        assertThat(travelCost).isPositive().isNotEqualTo(summary.get("travelMiles").asDouble());
        assertThat(events.get(8).data().get("travelCost").asDouble()).isEqualTo(travelCost);
        assertThat(api.get("/api/v1/validations/" + scheduleId).body().get("hardViolations").asInt()).isZero();
        Api.Reply revalidated = api.post("/api/v1/constraints/validate", "{\"scheduleId\":\"" + scheduleId + "\"}");
        assertThat(revalidated.status()).as("validation by id fetches the games from the scheduler").isEqualTo(200);
        assertThat(revalidated.body().get("hardViolations").asInt()).isZero();
        assertThat(api.get("/api/v1/travel/" + scheduleId).body().get("milesPerTeam").size()).isEqualTo(16);
    }

    @Test
    void theTravelOptimizersCheaperGamesAreValidatedAndFinalizedAsVersionOne() {
        JsonNode job = awaitJob(api.post("/api/v1/schedules", MBB).header("Location"));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        String scheduleId = job.get("scheduleId").asString();

        JsonNode travel = api.get("/api/v1/travel/" + scheduleId).body();
        double before = travel.get("dollarsBefore").asDouble();
        double after = travel.get("totalDollars").asDouble();
        // the generator's draft alone: the optimizer finds a cheaper schedule in its second
        assertThat(after).isPositive().isLessThan(before);
        assertThat(travel.get("saving").asDouble()).isEqualTo(before - after);
        assertThat(travel.get("milesBefore").asDouble()).isPositive();
        JsonNode summary = api.get("/api/v1/schedules/" + scheduleId).body();
        assertThat(summary.get("version").asInt()).isEqualTo(1);
        assertThat(summary.get("hardViolations").asInt()).isZero();
        assertThat(summary.get("travelMiles").asDouble()).isEqualTo(travel.get("totalMiles").asDouble());

        // version 1 holds the games the optimizer changed, as it changed them, and the travel report prices them
        Map<String, JsonNode> finalized = new HashMap<>();
        api.get("/api/v1/schedules/" + scheduleId + "/games").body().forEach(g -> finalized.put(g.get("id").asString(), g));
        assertThat(travel.get("changedGames")).isNotEmpty().allSatisfy(changed -> {
            JsonNode game = finalized.get(changed.get("id").asString());
            for (String field : List.of("date", "home", "away", "venue")) {
                assertThat(game.get(field)).as(changed.get("id").asString() + " " + field).isEqualTo(changed.get(field));
            }
        });
        JsonNode report = api.get("/api/v1/schedules/" + scheduleId + "/travel").body();
        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.get("dollars").asDouble()).isEqualTo(after);
        // the constraints and conflicts steps judged these games, and judging them again agrees
        assertThat(api.get("/api/v1/validations/" + scheduleId).body().get("hardViolations").asInt()).isZero();
        assertThat(api.post("/api/v1/constraints/validate", "{\"scheduleId\":\"" + scheduleId + "\"}").body()
                .get("hardViolations").asInt()).isZero();
    }

    @Test
    void everyStoredEventConformsToItsSchemaAndCarriesTheRequestsCorrelation() {
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Api.Reply created = api.post("/api/v1/schedules", MBB, "X-Correlation-Id", "demo-corr-42", "traceparent", trace);
        assertThat(created.header("traceparent")).isEqualTo(trace);
        String scheduleId = awaitJob(created.header("Location")).get("scheduleId").asString();
        EventSchemas schemas = new EventSchemas(json);
        List<EventEnvelope> events = stream(scheduleId);
        assertThat(events).hasSize(11).allSatisfy(e -> {
            assertThat(schemas.problems(e)).as(e.type()).isEmpty();
            assertThat(e.correlationid()).isEqualTo("demo-corr-42");
            assertThat(e.traceparent()).as(e.type() + " stays in the request's trace").isEqualTo(trace);
        });
        assertThat(events.get(0).causationid()).isNull();
        for (int i = 1; i < events.size(); i++) {
            List<String> earlier = events.subList(0, i).stream().map(EventEnvelope::id).toList();
            assertThat(earlier).as(events.get(i).type() + " is caused by an earlier event").contains(events.get(i).causationid());
        }
        assertThat(events.get(1).causationid()).as("the draft is caused by the request").isEqualTo(events.get(0).id());
        assertThat(events.get(2).causationid()).as("travel.optimize is caused by the draft").isEqualTo(events.get(1).id());
        assertThat(events.get(4).causationid()).as("schedule.validate is caused by the travel result").isEqualTo(events.get(3).id());
    }

    /** Each row: the failing step, where the fault is injected, and the compensations that must follow. */
    @ParameterizedTest
    @CsvSource({
            "createDraft,         scheduler,    ''",
            "optimizeTravel,      travel,       travel.clear schedule.draft.deleted",
            "validateConstraints, constraints,  validation.clear travel.clear schedule.draft.deleted",
            "detectConflicts,     conflicts,    conflicts.clear validation.clear travel.clear schedule.draft.deleted",
            "predictQuality,      intelligence, quality.clear conflicts.clear validation.clear travel.clear schedule.draft.deleted",
            "finalize,            scheduler,    quality.clear conflicts.clear validation.clear travel.clear schedule.draft.deleted"})
    void aFailingStepIsCompensatedNewestFirstAndTheJobReportsWhy(String step, String service, String compensations) {
        topology.context(service).getBean(FaultInjection.class).set(step, "fail");
        JsonNode job = awaitJob(api.post("/api/v1/schedules", MBB).header("Location"));
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("step").asString()).isEqualTo(step);
        assertThat(job.get("error").asString()).isEqualTo(step + " failed: injected fault in step " + step);
        String scheduleId = job.get("scheduleId").asString();
        assertThat(api.get("/api/v1/schedules/" + scheduleId).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/schedules/" + scheduleId + "/games").status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> types = stream(scheduleId).stream().map(EventEnvelope::type).toList();
            assertThat(types).contains("schedule.creation.failed");
            List<String> undo = types.stream().filter(t -> t.endsWith(".clear") || t.equals("schedule.draft.deleted")).toList();
            assertThat(undo).containsExactly(compensations.isBlank() ? new String[0] : compensations.split(" "));
            for (String path : List.of("/api/v1/validations/", "/api/v1/conflicts/", "/api/v1/travel/", "/api/v1/quality/")) {
                assertThat(api.get(path + scheduleId).status()).as(path).isEqualTo(404);
            }
        });
    }

    @Test
    void aStepThatOverrunsItsDeadlineIsTimedOutAndCompensated() {
        topology.context("travel").getBean(FaultInjection.class).set("optimizeTravel", "delay:12");
        JsonNode job = awaitJob(api.post("/api/v1/schedules", MBB).header("Location"));
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).isEqualTo("optimizeTravel failed: step optimizeTravel timed out after 8 s");
        String scheduleId = job.get("scheduleId").asString();
        // The late travel result arrives after the compensation and must not survive it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> types = stream(scheduleId).stream().map(EventEnvelope::type).toList();
            assertThat(types).contains("travel.clear", "travel.optimized");
            assertThat(api.get("/api/v1/travel/" + scheduleId).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/schedules/" + scheduleId).status()).isEqualTo(404);
        });
    }

    @Test
    void theOptimizerRunsUnderTheJobsBudgetAndReportsItsBestScoreOnTheJobAndAsEvents() {
        Api.Reply created = api.post("/api/v1/schedules",
                "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"budgetSeconds\":4,\"weights\":{\"travel\":2}}}");
        JsonNode job = awaitJob(created.header("Location"));
        assertThat(job.get("state").asString()).isEqualTo("completed");
        assertThat(job.get("progress").get("bestHard").asInt()).isZero();
        assertThat(job.get("progress").get("bestSoft").asLong()).isPositive();
        String scheduleId = job.get("scheduleId").asString();
        assertThat(api.get("/api/v1/schedules/" + scheduleId).body().get("hardViolations").asInt()).isZero();
        List<EventEnvelope> progress = stream(scheduleId).stream().filter(e -> e.type().equals("schedule.progress")).toList();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).data().get("bestSoft").asLong()).isEqualTo(job.get("progress").get("bestSoft").asLong());
        assertThat(progress).extracting(e -> e.data().get("bestSoft").asLong()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anIdempotencyKeyReturnsTheSameJobAndRefusesADifferentRequest() {
        Api.Reply first = api.post("/api/v1/schedules", MBB, "Idempotency-Key", "key-1");
        Api.Reply again = api.post("/api/v1/schedules", MBB, "Idempotency-Key", "key-1");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        Api.Reply other = api.post("/api/v1/schedules", "{\"sport\":\"WBB\",\"season\":\"2025-26\"}", "Idempotency-Key", "key-1");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("field").asString()).isEqualTo("Idempotency-Key");
        awaitJob(first.header("Location"));
    }

    @Test
    void aJobTheEngineIsWorkingOnIsCancelledWhenTheEngineLetsGoAndTheOneQueuedBehindItAtOnce() {
        topology.context("scheduler").getBean(FaultInjection.class).set("createDraft", "delay:4");
        String running = api.post("/api/v1/schedules", MBB).header("Location");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(running).body().get("state").asString(), "running"::equals);
        String queued = api.post("/api/v1/schedules", MBB).header("Location");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(queued).body().get("step").asString(""), "createDraft"::equals);

        Api.Reply cancelQueued = api.delete(queued);
        assertThat(cancelQueued.status()).isEqualTo(200);
        assertThat(cancelQueued.body().get("state").asString()).isEqualTo("cancelled");
        assertThat(cancelQueued.body().get("error").asString()).isEqualTo("cancelled by user during createDraft");

        Api.Reply cancelRunning = api.delete(running);
        assertThat(cancelRunning.status()).isEqualTo(200);
        assertThat(cancelRunning.body().get("state").asString()).isEqualTo("running");
        JsonNode job = awaitJob(running);
        assertThat(job.get("state").asString()).isEqualTo("cancelled");
        assertThat(api.get("/api/v1/schedules/" + job.get("scheduleId").asString()).status()).isEqualTo(404);
        assertThat(api.delete(running).status()).as("an ended job cannot be cancelled again").isEqualTo(409);
    }

    @Test
    void aJobWaitingOnARemoteStepIsCancelledAndCompensatedAtOnce() {
        topology.context("travel").getBean(FaultInjection.class).set("optimizeTravel", "delay:5");
        String location = api.post("/api/v1/schedules", MBB).header("Location");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(location).body().get("step").asString(""), "optimizeTravel"::equals);
        Api.Reply cancelled = api.delete(location);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("state").asString()).isEqualTo("cancelled");
        String scheduleId = cancelled.body().get("scheduleId").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> types = stream(scheduleId).stream().map(EventEnvelope::type).toList();
            assertThat(types).contains("travel.clear", "schedule.draft.deleted", "schedule.creation.failed")
                    .as("the steps after travel never started").doesNotContain("schedule.validate", "validation.clear", "conflicts.clear");
            assertThat(api.get("/api/v1/travel/" + scheduleId).status()).isEqualTo(404);
        });
    }

    @Test
    void aFinishedJobReportsItsBudgetAndTheEnginesTimeAndCannotBeCancelled() {
        JsonNode job = awaitJob(api.post("/api/v1/schedules",
                "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"budgetSeconds\":12,\"optimize\":false}}").header("Location"));
        assertThat(job.get("state").asString()).isEqualTo("completed");
        assertThat(job.get("budgetSeconds").asInt()).isEqualTo(12);
        assertThat(job.get("progress").get("elapsedMillis").asLong()).isPositive();
        Api.Reply refused = api.delete("/api/v1/jobs/" + job.get("id").asString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("already ended (completed)");
        assertThat(api.delete("/api/v1/jobs/nope").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"budgetSeconds\":0}} | 422 | options.budgetSeconds",
            "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"weights\":{\"beauty\":3}}} | 422 | options",
            "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":\"yes\"}} | 422 | options.optimize",
            "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"budgetSeconds\":\"long\"}} | 422 | options.budgetSeconds",
            "{\"sport\":\"XYZ\",\"season\":\"2025-26\"}             | 422 | sport",
            "{\"sport\":\"MBB\",\"season\":\"1999-00\"}             | 422 | season",
            "{\"season\":\"2025-26\"}                               | 400 | sport",
            "{\"sport\":[\"MBB\"],\"season\":\"2025-26\"}           | 400 | sport",
            "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":7} | 400 | options",
            "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"seed\":\"x\"}} | 422 | options.seed",
            "{\"sport\":\"MBB\",                                   | 400 | ''"})
    void badInputGetsAProblemDetailNamingTheFieldAndStoresNothing(String body, int status, String field) {
        List<String> before = jobsInDatabase();
        Api.Reply reply = api.post("/api/v1/schedules", body);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body().get("detail").asString()).isNotBlank();
        if (field.isEmpty()) {
            assertThat(reply.body().get("title").asString()).isEqualTo("Malformed JSON");
        } else {
            assertThat(reply.body().get("field").asString()).isEqualTo(field);
        }
        assertThat(jobsInDatabase()).isEqualTo(before);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void eachLogLineNamesTheServiceThatWroteItThoughAllShareOneJvm(CapturedOutput output) {
        topology.context("intelligence").getBean(FaultInjection.class).set("predictQuality", "fail");
        JsonNode job = awaitJob(api.post("/api/v1/schedules", MBB).header("Location"));
        assertThat(job.get("state").asString()).isEqualTo("failed");
        String id = job.get("id").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            // The job worker drafts in the scheduler; the intelligence service's consumer reports its failed step.
            assertThat(output.getAll().lines().filter(l -> l.contains("job " + id + " drafted"))).singleElement()
                    .asString().contains("[scheduler,").doesNotContain("gateway");
            assertThat(output.getAll().lines().filter(l -> l.contains("predictQuality failed for schedule " + job.get("scheduleId").asString())))
                    .isNotEmpty().allSatisfy(l -> assertThat(l).contains("[intelligence,").doesNotContain("gateway"));
        });
    }

    @Test
    void everyServicePublishesItsOpenApiDocument() {
        Api scheduler = new Api(topology.url("scheduler"));
        JsonNode docs = scheduler.get("/v3/api-docs").body();
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/schedules", "/api/v1/jobs/{id}", "/api/v1/schedules/{id}/games");
        for (String service : List.of("constraints", "conflicts", "travel", "intelligence", "state", "communication-hub")) {
            assertThat(new Api(topology.url(service)).get("/v3/api-docs").status()).as(service).isEqualTo(200);
        }
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        for (String path : List.of("/api/v1/jobs/nope", "/api/v1/schedules/nope", "/api/v1/schedules/nope/games")) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body().get("detail").asString()).contains("'nope'");
        }
    }

    private List<String> jobsInDatabase() {
        var jdbc = topology.context("scheduler").getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        return jdbc.queryForList("SELECT id FROM job ORDER BY id", String.class);
    }
}
