package org.flextime.conflicts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.flextime.conflicts.detection.AppliedProposals;
import org.flextime.conflicts.detection.ConflictStore;
import org.flextime.conflicts.detection.ConstraintSets;
import org.flextime.conflicts.detection.Detection;
import org.flextime.conflicts.detection.HardViolations;
import org.flextime.conflicts.detection.ScheduleSeasons;
import org.flextime.conflicts.resolution.ProposalStore;
import org.flextime.conflicts.resolution.Resolutions;
import org.flextime.conflicts.resolution.StrategyRegistry;
import org.flextime.contracts.api.ScheduleEditRequest;
import org.flextime.contracts.api.VersionView;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventSchemas;
import org.flextime.contracts.events.EventTypes;
import org.flextime.domain.Game;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDocuments;
import org.flextime.engine.conflicts.resolution.Resolver;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.ProblemDetailsAdvice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resolution endpoints over MockMvc, on the conflicts schema in PostgreSQL with the real detection, strategies and
 * resolver: a two-game MBB schedule whose BYU game falls on a Sunday. Only the scheduler, which applies a proposal as a
 * new version, stands in: it records the edit and answers version 2.
 */
class ResolutionControllerTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final DataSource db = TestDatabases.migratedSchema("postgresql", "conflicts");
    private final ConflictStore store = new ConflictStore(new JdbcTemplate(db), json);
    private final ProposalStore proposals = new ProposalStore(new JdbcTemplate(db), json);
    private final StrategyRegistry strategies = new StrategyRegistry(null, proposals);
    private final EventSchemas schemas = new EventSchemas(json);
    private final List<EventEnvelope> published = new ArrayList<>();
    private final EventPublisher events = e -> {
        schemas.check(e);
        published.add(e);
    };
    private final List<ScheduleEditRequest> edits = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    // each test its own schedule, so nothing another test detected or applied can be found instead
    private final String scheduleId = "s-" + java.util.UUID.randomUUID();
    private MockMvc mvc;
    private String conflictId;

    @BeforeEach
    void scheduleWithABlackout() {
        Resolutions resolutions = new Resolutions(store, proposals, strategies,
                new ScheduleSeasons(store, new SeasonDocuments(4), SeasonCatalog.bundled(), json), new ConstraintSets(null, null),
                new Resolver(threads, Duration.ofSeconds(5)), (id, ifMatch, actor, edit) -> {
                    edits.add(edit);
                    return ResponseEntity.ok().eTag("\"v2\"").body(new VersionView(id, 2, "draft", actor, Instant.now(), edit.reason(),
                            null, List.of()));
                }, events, json, new SimpleMeterRegistry());
        mvc = MockMvcBuilders.standaloneSetup(new ResolutionController(resolutions, strategies))
                .setControllerAdvice(new ProblemDetailsAdvice()).build();
        new Detection(store, SeasonCatalog.bundled(), HardViolations.local(), AppliedProposals.NONE, events, json).detect(scheduleId, "MBB",
                "2025-26", 1, List.of(new Game("g1", LocalDate.parse("2026-01-04"), "KU", "BYU", "Allen Fieldhouse"),
                        new Game("g2", LocalDate.parse("2026-01-07"), "KSU", "TCU", "Bramlage Coliseum")), "ops",
                EventEnvelope.first("/test", EventTypes.SCHEDULE_CHANGED, scheduleId, json.createObjectNode(), "c1"), false);
        conflictId = store.list(scheduleId, "critical", "open").stream().filter(c -> c.kind().equals("calendar-blackout")).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        return r.getContentAsString().isEmpty() ? null : json.readTree(r.getContentAsString());
    }

    @Test
    void theProposalsForAnOpenConflictAreCheckedRankedAndAnnounced() throws Exception {
        JsonNode answer = call(get("/api/v1/schedules/" + scheduleId + "/conflicts/" + conflictId + "/proposals"), 200);
        assertThat(answer.get("version").asInt()).isEqualTo(1);
        JsonNode best = answer.get("proposals").get(0);
        assertThat(best.get("rank").asInt()).isEqualTo(1);
        assertThat(best.get("strategy").asString()).isEqualTo("move-date");
        assertThat(best.get("explanation").asString()).isEqualTo("move g1 BYU at KU from Sunday 2026-01-04 to Monday 2026-01-05");
        assertThat(published).extracting(EventEnvelope::type).containsExactly(EventTypes.CONFLICT_RESOLUTION_PROPOSED);
    }

    @Test
    void applyingAProposalSendsItsChangesToTheSchedulerAsOneEdit() throws Exception {
        String proposal = call(get("/api/v1/schedules/" + scheduleId + "/conflicts/" + conflictId + "/proposals"), 200).get("proposals").get(0)
                .get("id").asString();
        MockHttpServletResponse r = mvc.perform(post("/api/v1/schedules/" + scheduleId + "/conflicts/" + conflictId + "/proposals/" + proposal + "/apply")
                .header(HttpHeaders.IF_MATCH, "\"v1\"").header("X-Actor", "ops")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader(HttpHeaders.ETAG)).isEqualTo("\"v2\"");
        assertThat(edits).singleElement().satisfies(e -> assertThat(e.changes()).singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.parse("2026-01-05"))));
        // a proposal is applied once
        call(post("/api/v1/schedules/" + scheduleId + "/conflicts/" + conflictId + "/proposals/" + proposal + "/apply")
                .header(HttpHeaders.IF_MATCH, "\"v1\""), 409);
    }

    @Test
    void aShiftTimeProposalChangesTheStartAndIsAppliedAsAStartEdit() throws Exception {
        // women's basketball at Bramlage Coliseum on the evening the men's g2 has it (both at the usual 19:00)
        String women = "w-" + java.util.UUID.randomUUID();
        new Detection(store, SeasonCatalog.bundled(), HardViolations.local(), AppliedProposals.NONE, events, json).detect(women, "WBB",
                "2025-26", 1, List.of(new Game("w1", LocalDate.parse("2026-01-07"), "KSU", "BYU", "Bramlage Coliseum")), "ops",
                EventEnvelope.first("/test", EventTypes.SCHEDULE_CHANGED, women, json.createObjectNode(), "c2"), false);
        String shared = store.list(women, "critical", "open").stream().filter(c -> c.kind().equals("venue-shared-booked")).findFirst()
                .orElseThrow().id();
        JsonNode shift = null;
        for (JsonNode p : call(get("/api/v1/schedules/" + women + "/conflicts/" + shared + "/proposals"), 200).get("proposals")) {
            if (p.get("strategy").asString().equals("shift-time") && shift == null) {
                shift = p;
            }
        }
        assertThat(shift).as("a shift-time proposal").isNotNull();
        JsonNode change = shift.get("changes").get(0);
        assertThat(change.get("fields").toString()).isEqualTo("[\"start\"]");
        assertThat(change.get("before").get("start").isNull()).isTrue();
        assertThat(change.get("after").get("start").asString()).isEqualTo("13:00");
        call(post("/api/v1/schedules/" + women + "/conflicts/" + shared + "/proposals/" + shift.get("id").asString() + "/apply")
                .header(HttpHeaders.IF_MATCH, "\"v1\"").header("X-Actor", "ops"), 200);
        assertThat(edits).singleElement().satisfies(e -> assertThat(e.changes()).singleElement()
                .satisfies(c -> assertThat(c.start()).isEqualTo("13:00")));
    }

    @Test
    void applyingWithoutIfMatchIsRefusedNamingTheHeaderAndSendsNothing() throws Exception {
        String proposal = call(get("/api/v1/schedules/" + scheduleId + "/conflicts/" + conflictId + "/proposals"), 200).get("proposals").get(0)
                .get("id").asString();
        JsonNode problem = call(post("/api/v1/schedules/" + scheduleId + "/conflicts/" + conflictId + "/proposals/" + proposal + "/apply"), 428);
        assertThat(problem.get("field").asString()).isEqualTo("If-Match");
        assertThat(edits).isEmpty();
    }

    @Test
    void theProposalsOfAnUnknownConflictAreNotFound() throws Exception {
        JsonNode problem = call(get("/api/v1/schedules/" + scheduleId + "/conflicts/no-such-conflict/proposals"), 404);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anUnknownStrategyIsNotFound() throws Exception {
        call(patch("/api/v1/conflicts/strategies/postpone").contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"), 404);
    }

    @Test
    void switchingAStrategyNeedsEnabled() throws Exception {
        JsonNode problem = call(patch("/api/v1/conflicts/strategies/move-date").contentType(MediaType.APPLICATION_JSON).content("{}"), 422);
        assertThat(problem.get("field").asString()).isEqualTo("enabled");
        assertThat(call(get("/api/v1/conflicts/strategies/move-date"), 200).get("enabled").asBoolean()).isTrue();
    }

    @Test
    void aStrategySwitchedOffIsSaidSo() throws Exception {
        JsonNode off = call(patch("/api/v1/conflicts/strategies/swap-slots").contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":false}"), 200);
        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(call(get("/api/v1/conflicts/strategies"), 200).toString()).contains("swap-slots");
    }
}
