package org.flextime.scheduler.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventSchemas;
import org.flextime.contracts.events.EventTypes;
import org.flextime.domain.Game;
import org.flextime.platform.messaging.EventPublisher;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.ProblemDetailsAdvice;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.flextime.scheduler.jobs.ConstraintSetSource;
import org.flextime.scheduler.persistence.Schedules;
import org.flextime.scheduler.seasons.Seasons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The editing endpoints over MockMvc on the scheduler's schema in PostgreSQL, on a two-game MBB schedule whose active
 * constraint set is one rule, a team plays at most once a day: versions with who, when and why, If-Match, refusals that
 * store nothing, undo, diff, the publish gate, and {@code schedule.changed} on every new version.
 */
@SpringJUnitConfig(EditingApiTest.Config.class)
class EditingApiTest {

    /** The slice: the editing beans over a fresh PostgreSQL schema, events recorded and checked against their schemas. */
    @Configuration
    @EnableTransactionManagement
    @Import({VersionStore.class, ScheduleEditing.class, ScheduleChecks.class})
    static class Config {
        @Bean
        DataSource dataSource() {
            return TestDatabases.migratedSchema("postgresql", "scheduler");
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource ds) {
            return new JdbcTemplate(ds);
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource ds) {
            return new DataSourceTransactionManager(ds);
        }

        @Bean
        Seasons seasons(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json) {
            Seasons seasons = new Seasons(jdbc, new TransactionTemplate(transactions), json);
            seasons.importBundled();
            return seasons;
        }

        @Bean
        JsonMapper json() {
            return JsonMapper.builder().build();
        }

        @Bean
        ConstraintSetSource onceADay() {
            RuleDefinition rule = new RuleDefinition("once-a-day", "games-per-day", Severity.HARD, 1,
                    JsonNodeFactory.instance.objectNode().put("per", "team").put("max", 1));
            return (season, sport) -> new ConstraintSetSource.Choice(new ConstraintSet(sport.code(), season.id(), List.of(rule)),
                    "test", 1, "one rule");
        }

        @Bean
        ScheduleChecks.CriticalConflicts noCriticalConflicts() {
            return (scheduleId, version) -> 0;
        }

        @Bean
        Recorded events(JsonMapper json) {
            return new Recorded(new EventSchemas(json));
        }
    }

    /** The events published, each checked against the catalog's schema. */
    static final class Recorded implements EventPublisher {
        private final EventSchemas schemas;
        private final List<EventEnvelope> events = new ArrayList<>();

        Recorded(EventSchemas schemas) {
            this.schemas = schemas;
        }

        @Override
        public synchronized void publish(EventEnvelope event) {
            schemas.check(event);
            events.add(event);
        }

        synchronized List<EventEnvelope> of(String subject) {
            return events.stream().filter(e -> e.subject().equals(subject)).toList();
        }
    }

    @Autowired
    ScheduleEditing editing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Recorded events;

    private final JsonMapper json = JsonMapper.builder().build();
    private MockMvc mvc;
    private String id;

    @BeforeEach
    void schedule() {
        mvc = MockMvcBuilders.standaloneSetup(new EditingController(editing)).setControllerAdvice(new ProblemDetailsAdvice()).build();
        id = UUID.randomUUID().toString();
        Schedules schedules = new Schedules(jdbc);
        schedules.insertDraft(id, "job-" + id, "MBB", "2025-26", List.of(
                new Game("g1", LocalDate.parse("2026-01-03"), "KU", "BYU", "Allen Fieldhouse"),
                new Game("g2", LocalDate.parse("2026-01-06"), "BYU", "KSU", "Marriott Center")), 0);
        schedules.finalizeSchedule(id);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String ifMatch, String body) throws Exception {
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request.header("X-Actor", "ops@big12.org")).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse moveG1(String ifMatch, String date) throws Exception {
        return send(patch("/api/v1/schedules/{id}/games/g1", id), ifMatch, "{\"date\":\"" + date + "\",\"reason\":\"TV moved it\"}");
    }

    private List<String> storedDates() {
        return jdbc.queryForList("SELECT id || ' ' || game_date FROM game WHERE schedule_id = ? ORDER BY id", String.class, id);
    }

    @Test
    void anEditIsANewVersionWithWhoWhenAndWhyAndTheNewEtag() throws Exception {
        MockHttpServletResponse edited = moveG1("\"v1\"", "2026-01-05");
        JsonNode v2 = body(edited, 200);
        assertThat(edited.getHeader("ETag")).isEqualTo("\"v2\"");
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("actor").asString()).isEqualTo("ops@big12.org");
        assertThat(v2.get("reason").asString()).isEqualTo("TV moved it");
        assertThat(v2.get("games").get(0).get("date").asString()).isEqualTo("2026-01-05");
        assertThat(storedDates()).containsExactly("g1 2026-01-05", "g2 2026-01-06");

        JsonNode versions = body(send(get("/api/v1/schedules/{id}/versions", id), null, null), 200);
        assertThat(versions.get("current").asInt()).isEqualTo(2);
        assertThat(versions.get("versions").get(0).get("actor").asString()).isEqualTo("scheduler");
        assertThat(versions.get("versions").get(1).get("changedGames").get(0).asString()).isEqualTo("g1");
        JsonNode v1 = body(send(get("/api/v1/schedules/{id}/versions/1", id), null, null), 200);
        assertThat(v1.get("games").get(0).get("date").asString()).isEqualTo("2026-01-03");

        List<EventEnvelope> changed = events.of(id);
        assertThat(changed).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.SCHEDULE_CHANGED);
            assertThat(e.data().get("version").asInt()).isEqualTo(2);
            assertThat(e.data().get("changedGameIds").toString()).isEqualTo("[\"g1\"]");
        });
    }

    @Test
    void aStaleIfMatchIs412WithTheCurrentEtagAndStoresNothing() throws Exception {
        body(moveG1("\"v1\"", "2026-01-05"), 200);
        MockHttpServletResponse stale = moveG1("\"v1\"", "2026-01-07");
        JsonNode problem = body(stale, 412);
        assertThat(problem.get("etag").asString()).isEqualTo("\"v2\"");
        assertThat(stale.getHeader("ETag")).isEqualTo("\"v2\"");
        assertThat(storedDates()).containsExactly("g1 2026-01-05", "g2 2026-01-06");
        assertThat(events.of(id)).hasSize(1);
    }

    @Test
    void anEditWithoutIfMatchIs428() throws Exception {
        assertThat(body(moveG1(null, "2026-01-05"), 428).get("field").asString()).isEqualTo("If-Match");
    }

    @Test
    void anImpossibleEditIs422NamingTheFieldAndStoresNothing() throws Exception {
        JsonNode problem = body(send(patch("/api/v1/schedules/{id}/games", id), "\"v1\"",
                "{\"changes\":[{\"gameId\":\"g1\",\"date\":\"2026-01-05\"},{\"gameId\":\"g2\",\"away\":\"BYU\"}]}"), 422);
        assertThat(problem.get("field").asString()).isEqualTo("changes[1].away");
        assertThat(storedDates()).containsExactly("g1 2026-01-03", "g2 2026-01-06");
        assertThat(body(send(get("/api/v1/schedules/{id}/versions", id), null, null), 200).get("current").asInt()).isEqualTo(1);
        assertThat(events.of(id)).isEmpty();
    }

    @Test
    void aBatchIsOneVersionAndUndoRestoresTheOlderOneAsANewVersion() throws Exception {
        body(send(patch("/api/v1/schedules/{id}/games", id), "\"v1\"",
                "{\"changes\":[{\"gameId\":\"g1\",\"date\":\"2026-01-05\"},{\"gameId\":\"g2\",\"pinned\":true,\"pinReason\":\"ESPN\"}],"
                        + "\"reason\":\"network requests\"}"), 200);
        JsonNode diff = body(send(get("/api/v1/schedules/{id}/diff?from=1&to=2", id), null, null), 200);
        assertThat(diff.get("changes").toString()).isEqualTo("[{\"gameId\":\"g1\",\"fields\":[\"date\"],"
                + "\"before\":{\"id\":\"g1\",\"date\":\"2026-01-03\",\"home\":\"KU\",\"away\":\"BYU\",\"venue\":\"Allen Fieldhouse\",\"start\":null,\"pinned\":false,\"pinReason\":null},"
                + "\"after\":{\"id\":\"g1\",\"date\":\"2026-01-05\",\"home\":\"KU\",\"away\":\"BYU\",\"venue\":\"Allen Fieldhouse\",\"start\":null,\"pinned\":false,\"pinReason\":null}},"
                + "{\"gameId\":\"g2\",\"fields\":[\"pinned\"],"
                + "\"before\":{\"id\":\"g2\",\"date\":\"2026-01-06\",\"home\":\"BYU\",\"away\":\"KSU\",\"venue\":\"Marriott Center\",\"start\":null,\"pinned\":false,\"pinReason\":null},"
                + "\"after\":{\"id\":\"g2\",\"date\":\"2026-01-06\",\"home\":\"BYU\",\"away\":\"KSU\",\"venue\":\"Marriott Center\",\"start\":null,\"pinned\":true,\"pinReason\":\"ESPN\"}}]");

        MockHttpServletResponse undone = send(post("/api/v1/schedules/{id}/undo", id), "\"v2\"", "{\"toVersion\":1}");
        JsonNode v3 = body(undone, 200);
        assertThat(undone.getHeader("ETag")).isEqualTo("\"v3\"");
        assertThat(v3.get("restored").asInt()).isEqualTo(1);
        assertThat(v3.get("reason").asString()).isEqualTo("undo: back to version 1");
        assertThat(body(send(get("/api/v1/schedules/{id}/diff?from=1&to=3", id), null, null), 200).get("changes").size()).isZero();
        assertThat(storedDates()).containsExactly("g1 2026-01-03", "g2 2026-01-06");
        assertThat(events.of(id)).extracting(e -> e.data().get("version").asInt()).containsExactly(2, 3);
        // g1 moved and moved back: two revisions a calendar must see; g2 was only pinned
        assertThat(editing.revisions(id)).isEqualTo(java.util.Map.of("g1", 2));
    }

    @Test
    void aStartTimeIsSetKeptByOtherEditsShownInTheDiffAndTheEventAndClearedByNull() throws Exception {
        JsonNode v2 = body(send(patch("/api/v1/schedules/{id}/games/g1", id), "\"v1\"",
                "{\"start\":\"13:00\",\"reason\":\"doubleheader with WBB\"}"), 200);
        assertThat(v2.get("games").get(0).get("start").asString()).isEqualTo("13:00");
        assertThat(jdbc.queryForObject("SELECT start_time FROM game WHERE schedule_id = ? AND id = 'g1'", java.sql.Time.class, id)
                .toLocalTime()).isEqualTo(LocalTime.of(13, 0));
        JsonNode diff = body(send(get("/api/v1/schedules/{id}/diff?from=1&to=2", id), null, null), 200).get("changes");
        assertThat(diff.size()).isEqualTo(1);
        assertThat(diff.get(0).get("fields").toString()).isEqualTo("[\"start\"]");
        assertThat(diff.get(0).get("before").get("start").isNull()).isTrue();
        assertThat(diff.get(0).get("after").get("start").asString()).isEqualTo("13:00");
        assertThat(events.of(id)).singleElement().satisfies(e -> assertThat(e.data().get("games").get(0).get("start").asString())
                .isEqualTo("13:00"));

        JsonNode v3 = body(send(patch("/api/v1/schedules/{id}/games/g1", id), "\"v2\"", "{\"date\":\"2026-01-05\"}"), 200);
        assertThat(v3.get("games").get(0).get("start").asString()).isEqualTo("13:00");
        JsonNode v4 = body(send(patch("/api/v1/schedules/{id}/games", id), "\"v3\"",
                "{\"changes\":[{\"gameId\":\"g1\",\"start\":null}]}"), 200);
        assertThat(v4.get("games").get(0).get("start").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT start_time FROM game WHERE schedule_id = ? AND id = 'g1'", java.sql.Time.class, id))
                .isNull();
        // set, moved, cleared: three changes a calendar must see
        assertThat(editing.revisions(id)).isEqualTo(java.util.Map.of("g1", 3));
    }

    @Test
    void aMalformedStartIs422NamingStartAndStoresNothing() throws Exception {
        assertThat(body(send(patch("/api/v1/schedules/{id}/games/g1", id), "\"v1\"", "{\"start\":\"25:00\"}"), 422)
                .get("field").asString()).isEqualTo("start");
        assertThat(body(send(patch("/api/v1/schedules/{id}/games", id), "\"v1\"",
                "{\"changes\":[{\"gameId\":\"g2\",\"date\":\"2026-01-07\"},{\"gameId\":\"g1\",\"start\":\"7pm\"}]}"), 422)
                .get("field").asString()).isEqualTo("changes[1].start");
        assertThat(storedDates()).containsExactly("g1 2026-01-03", "g2 2026-01-06");
        assertThat(jdbc.queryForList("SELECT start_time FROM game WHERE schedule_id = ? AND start_time IS NOT NULL", id)).isEmpty();
        assertThat(body(send(get("/api/v1/schedules/{id}/versions", id), null, null), 200).get("current").asInt()).isEqualTo(1);
        assertThat(events.of(id)).isEmpty();
    }

    @Test
    void publishingNeedsZeroHardViolationsOrAnOverrideWithAReasonOnRecord() throws Exception {
        // g2 on g1's date: BYU plays twice on 2026-01-03
        body(send(patch("/api/v1/schedules/{id}/games/g2", id), "\"v1\"", "{\"date\":\"2026-01-03\"}"), 200);
        body(send(post("/api/v1/schedules/{id}/status", id), "\"v2\"", "{\"status\":\"review\"}"), 200);
        JsonNode refused = body(send(post("/api/v1/schedules/{id}/status", id), "\"v2\"", "{\"status\":\"published\"}"), 409);
        assertThat(refused.get("hardViolations").asInt()).isEqualTo(1);
        assertThat(refused.get("criticalConflicts").asInt()).isZero();
        assertThat(refused.get("violations").get(0).asString()).startsWith("once-a-day: ");

        JsonNode published = body(send(post("/api/v1/schedules/{id}/status", id), "\"v2\"",
                "{\"status\":\"published\",\"overrideReason\":\"BYU plays a doubleheader by agreement\"}"), 200);
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(published.get("hardViolations").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT override_reason FROM schedule_status_change WHERE schedule_id = ? AND to_status = 'published'",
                String.class, id)).isEqualTo("BYU plays a doubleheader by agreement");

        // an edit of a published schedule sends it back to review; without the clash it publishes without an override
        body(send(patch("/api/v1/schedules/{id}/games/g2", id), "\"v2\"", "{\"date\":\"2026-01-06\"}"), 200);
        assertThat(body(send(get("/api/v1/schedules/{id}/versions", id), null, null), 200).get("status").asString()).isEqualTo("review");
        JsonNode clean = body(send(post("/api/v1/schedules/{id}/status", id), "\"v3\"", "{\"status\":\"published\"}"), 200);
        assertThat(clean.get("hardViolations").asInt()).isZero();
        assertThat(clean.get("overrideReason").isNull()).isTrue();
    }

    @Test
    void aScheduleStillBeingGeneratedCannotBeEdited() throws Exception {
        jdbc.update("UPDATE schedule SET state = 'draft' WHERE id = ?", id);
        assertThat(body(moveG1("\"v1\"", "2026-01-05"), 409).get("title").asString()).isEqualTo("Schedule not editable");
    }
}
