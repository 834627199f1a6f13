package org.flextime.constraints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.flextime.constraints.ConstraintsApplication;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.flextime.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The constraints service over HTTP on the embedded topology's H2: constraint sets and their versions, problems
 * for bad definitions, validation with caching and incremental re-validation, and hot reload of a new version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstraintSetApiTest {

    private final TestIssuer issuer = TestIssuer.start();

    private ConfigurableApplicationContext service;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private com.sun.net.httpserver.HttpServer scheduler;

    @BeforeAll
    void start() throws Exception {
        port = TestPorts.free();
        // a stand-in for the scheduler's public API: one known schedule, everything else 404
        scheduler = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        scheduler.createContext("/api/v1/schedules/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = switch (path) {
                case "/api/v1/schedules/sch-7" -> "{\"id\":\"sch-7\",\"sport\":\"WTEN\",\"season\":\"2025-26\",\"state\":\"final\",\"games\":1,"
                        + "\"version\":1,\"status\":\"draft\",\"seasonVersion\":1}";
                case "/api/v1/schedules/sch-8" -> "{\"id\":\"sch-8\",\"sport\":\"WTEN\",\"season\":\"2026-27\",\"state\":\"final\",\"games\":1,"
                        + "\"version\":1,\"status\":\"draft\",\"seasonVersion\":2}";
                case "/api/v1/schedules/sch-8/games" -> "[{\"id\":\"t1\",\"date\":\"2026-03-10\",\"home\":\"KU\",\"away\":\"KSU\",\"venue\":\"KU courts\"}]";
                case "/api/v1/schedules/sch-7/games" -> "[{\"id\":\"t1\",\"date\":\"2026-03-10\",\"home\":\"KU\",\"away\":\"KSU\",\"venue\":\"KU courts\"}]";
                default -> null;
            };
            byte[] bytes = (body == null ? "{}" : body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // the scheduler's seasons: 2026-27 exists only there (a copy of 2025-26 as a conference would make it)
        ObjectNode next = (ObjectNode) json.readTree(org.flextime.domain.SeasonCatalog.bundledDocuments().get("2025-26"));
        next.put("season", "2026-27");
        scheduler.createContext("/api/v1/seasons/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = switch (path) {
                case "/api/v1/seasons/2026-27", "/api/v1/seasons/2026-27/versions/2" -> json.writeValueAsString(json.createObjectNode()
                        .put("id", "2026-27").put("version", 2).put("change", "copied").put("createdAt", "2026-12-01T00:00:00Z")
                        .set("document", next));
                default -> null;
            };
            byte[] bytes = (body == null ? "{}" : body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        scheduler.start();
        java.util.Map<String, Object> properties = new java.util.HashMap<>(ConstraintsApplication.SERVICE.properties(
                port - ConstraintsApplication.SERVICE.portOffset(), TestDatabases.freshH2(), "sa", ""));
        properties.put("flextime.scheduler.url", "http://127.0.0.1:" + scheduler.getAddress().getPort());
        service = ConstraintsApplication.SERVICE.application(issuer.configure(properties)).run();
    }

    @AfterAll
    void stop() {
        issuer.close();
        service.close();
        scheduler.stop(0);
    }

    @Test
    void aScheduleIdIsFetchedFromTheSchedulersPublicApi() throws Exception {
        JsonNode result = ok(send("POST", "/api/v1/constraints/validate", "{\"scheduleId\":\"sch-7\"}"), 200);
        assertThat(result.get("sport").asString()).isEqualTo("WTEN");
        assertThat(result.get("violations")).filteredOn(v -> v.get("rule").asString().equals("not-a-play-day"))
                .extracting(v -> v.get("gameIds").get(0).asString()).containsExactly("t1");
        assertThat(result.get("violations")).filteredOn(v -> v.get("rule").asString().equals("games-per-team")).hasSize(16);
        JsonNode missing = ok(send("POST", "/api/v1/constraints/validate", "{\"scheduleId\":\"sch-404\"}"), 404);
        assertThat(missing.get("detail").asString()).contains("sch-404");
    }

    @Test
    void aSeasonOnlyTheSchedulerHoldsGetsConstraintSetsAndItsSchedulesAreValidated() throws Exception {
        JsonNode created = ok(send("POST", "/api/v1/constraint-sets", "{\"sport\":\"MBB\",\"season\":\"2026-27\"}"), 201);
        assertThat(created.get("id").asString()).isEqualTo("mbb-2026-27");
        assertThat(created.get("activeVersion").asInt()).isEqualTo(1);
        JsonNode result = ok(send("POST", "/api/v1/constraints/validate", "{\"scheduleId\":\"sch-8\"}"), 200);
        assertThat(result.get("season").asString()).isEqualTo("2026-27");
        assertThat(result.get("violations")).filteredOn(v -> v.get("rule").asString().equals("not-a-play-day"))
                .extracting(v -> v.get("gameIds").get(0).asString()).containsExactly("t1");
        JsonNode unknown = ok(send("POST", "/api/v1/constraint-sets", "{\"sport\":\"MBB\",\"season\":\"2031-32\"}"), 422);
        assertThat(unknown.get("field").asString()).isEqualTo("season");
    }

    private HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", issuer.adminBearer()).header("Content-Type", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    /** A WTEN schedule fragment: two games, the second on a Tuesday (not a tennis play day). */
    private ObjectNode schedule(String secondDate) {
        ObjectNode s = json.createObjectNode().put("sport", "WTEN").put("season", "2025-26");
        ArrayNode games = s.putArray("games");
        games.addObject().put("id", "t1").put("date", "2026-03-06").put("home", "KU").put("away", "KSU").put("venue", "KU courts");
        games.addObject().put("id", "t2").put("date", secondDate).put("home", "KSU").put("away", "BYU").put("venue", "KSU courts");
        return s;
    }

    @Test
    void setsHaveImmutableVersionsADiffAndOneActiveVersion() throws Exception {
        JsonNode created = ok(send("POST", "/api/v1/constraint-sets", "{\"sport\":\"VB\",\"season\":\"2025-26\"}"), 201);
        assertThat(created.get("id").asString()).isEqualTo("vb-2025-26");
        assertThat(created.get("activeVersion").asInt()).isEqualTo(1);
        JsonNode v1 = ok(send("GET", "/api/v1/constraint-sets/vb-2025-26/versions/1", null), 200);
        ArrayNode rules = (ArrayNode) v1.get("document").get("rules").deepCopy();
        rules.addObject().put("id", "home-streak").put("kind", "max-consecutive").put("severity", "SOFT").put("weight", 2)
                .set("params", json.createObjectNode().put("side", "home").put("max", 3));
        ((ObjectNode) rules.get(1).get("params")).put("games", 17);
        JsonNode v2 = ok(send("POST", "/api/v1/constraint-sets/vb-2025-26/versions",
                json.createObjectNode().put("note", "home streaks").set("rules", rules)), 201);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("active").asBoolean()).isFalse();

        JsonNode diff = ok(send("GET", "/api/v1/constraint-sets/vb-2025-26/diff?from=1&to=2", null), 200);
        assertThat(diff.get("added")).extracting(r -> r.get("id").asString()).containsExactly("home-streak");
        assertThat(diff.get("removed")).isEmpty();
        assertThat(diff.get("changed")).singleElement().satisfies(c -> {
            assertThat(c.get("id").asString()).isEqualTo("games-per-team");
            assertThat(c.get("from").get("params").get("games").asInt()).isEqualTo(18);
            assertThat(c.get("to").get("params").get("games").asInt()).isEqualTo(17);
        });

        JsonNode activated = ok(send("POST", "/api/v1/constraint-sets/vb-2025-26/versions/2/activate", null), 200);
        assertThat(activated.get("activeVersion").asInt()).isEqualTo(2);
        JsonNode versions = ok(send("GET", "/api/v1/constraint-sets/vb-2025-26/versions", null), 200);
        assertThat(versions).extracting(v -> v.get("version").asInt() + ":" + v.get("active").asBoolean()).containsExactly("1:false", "2:true");
        // version 1 is unchanged by everything above
        assertThat(ok(send("GET", "/api/v1/constraint-sets/vb-2025-26/versions/1", null), 200).get("document")).isEqualTo(v1.get("document"));

        List<String> events = service.getBean(JdbcTemplate.class).queryForList(
                "SELECT envelope FROM outbox WHERE event_type = 'constraints.changed' AND subject = 'vb-2025-26' ORDER BY seq", String.class);
        assertThat(events).hasSize(2);
        JsonNode last = json.readTree(events.get(1)).get("data");
        assertThat(last.get("version").asInt()).isEqualTo(2);
        assertThat(last.get("previousVersion").asInt()).isEqualTo(1);
        assertThat(last.get("contentHash").asString()).isEqualTo(v2.get("contentHash").asString());

        assertThat(send("POST", "/api/v1/constraint-sets", "{\"sport\":\"VB\",\"season\":\"2025-26\"}").statusCode()).isEqualTo(409);
        assertThat(send("GET", "/api/v1/constraint-sets/vb-2025-26/versions/9", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDefinitionBreakingItsSchemaOrNamingAnUnknownTeamIsA422NamingThePathAndNeverStored() throws Exception {
        ok(send("POST", "/api/v1/constraint-sets", "{\"sport\":\"SOC\",\"season\":\"2025-26\"}"), 201);
        JsonNode badType = ok(send("POST", "/api/v1/constraint-sets/soc-2025-26/versions", """
                {"rules":[{"id":"streak","kind":"max-consecutive","severity":"HARD","params":{"side":"away","max":"two"}}]}"""), 422);
        assertThat(badType.get("field").asString()).isEqualTo("$.rules[0].params.max");
        assertThat(badType.get("type").asString()).isEqualTo("https://flextime.org/problems/invalid-field");
        JsonNode unknownTeam = ok(send("POST", "/api/v1/constraint-sets/soc-2025-26/versions", """
                {"rules":[{"id":"exams","kind":"exam-periods","severity":"HARD","params":{"periods":[{"from":"2025-12-01","to":"2025-12-12","teams":["KU","OU"]}]}}]}"""),
                422);
        assertThat(unknownTeam.get("field").asString()).isEqualTo("$.rules[0].params.periods[0].teams[1]");
        assertThat(unknownTeam.get("detail").asString()).contains("unknown team 'OU'");
        JsonNode unknownSlot = ok(send("POST", "/api/v1/constraint-sets/soc-2025-26/versions", """
                {"rules":[{"id":"c","kind":"robinx","severity":"HARD","params":{"constraint":"CA1","teams":["KU"],"slots":["2026-01-01"],"max":1}}]}"""),
                422);
        assertThat(unknownSlot.get("field").asString()).isEqualTo("$.rules[0].params.slots[0]");
        // none of them became a version, so none can become active
        assertThat(ok(send("GET", "/api/v1/constraint-sets/soc-2025-26/versions", null), 200)).hasSize(1);
        assertThat(send("POST", "/api/v1/constraint-sets/soc-2025-26/versions/2/activate", null).statusCode()).isEqualTo(404);
        assertThat(ok(send("GET", "/api/v1/constraint-sets/soc-2025-26", null), 200).get("activeVersion").asInt()).isEqualTo(1);
    }

    @Test
    void validationIsCachedThenIncrementalAndANewVersionAppliesToTheNextValidationWithoutRestart() throws Exception {
        ObjectNode request = json.createObjectNode().put("scheduleId", "wten-draft");
        request.set("schedule", schedule("2026-03-10"));
        JsonNode first = ok(send("POST", "/api/v1/constraints/validate", request), 200);
        assertThat(first.get("evaluation").asString()).isEqualTo("full");
        assertThat(first.get("constraintSet").get("version").asInt()).isZero();
        assertThat(first.get("violations")).filteredOn(v -> v.get("rule").asString().equals("not-a-play-day"))
                .singleElement().satisfies(v -> assertThat(v.get("explanation").asString())
                        .isEqualTo("t2 BYU at KSU on Tuesday 2026-03-10 is not a WTEN play day for BYU and KSU"));
        int hard = first.get("hardViolations").asInt();

        JsonNode again = ok(send("POST", "/api/v1/constraints/validate", request), 200);
        assertThat(again.get("evaluation").asString()).isEqualTo("cached");
        assertThat(again.get("violations")).isEqualTo(first.get("violations"));

        // the same schedule with t2 moved to a Friday: re-evaluated from the last state, the play-day problem gone
        request.set("schedule", schedule("2026-03-13"));
        JsonNode moved = ok(send("POST", "/api/v1/constraints/validate", request), 200);
        assertThat(moved.get("evaluation").asString()).isEqualTo("incremental");
        assertThat(moved.get("hardViolations").asInt()).isEqualTo(hard - 1);

        // hot reload: the sport gets a set (version 1 = defaults), then a version 2 that keeps KSU off Fridays
        JsonNode created = ok(send("POST", "/api/v1/constraint-sets", "{\"sport\":\"WTEN\",\"season\":\"2025-26\"}"), 201);
        assertThat(ok(send("POST", "/api/v1/constraints/validate", request), 200).get("constraintSet").get("version").asInt()).isEqualTo(1);
        JsonNode v1 = ok(send("GET", "/api/v1/constraint-sets/" + created.get("id").asString() + "/versions/1", null), 200);
        ArrayNode rules = (ArrayNode) v1.get("document").get("rules").deepCopy();
        rules.addObject().put("id", "ksu-no-friday").put("kind", "blackout").put("severity", "HARD")
                .set("params", json.readTree("{\"blackouts\":[{\"teams\":[\"KSU\"],\"weekday\":\"FRI\",\"reason\":\"travel day\"}]}"));
        ok(send("POST", "/api/v1/constraint-sets/wten-2025-26/versions", json.createObjectNode().set("rules", rules)), 201);
        JsonNode beforeActivation = ok(send("POST", "/api/v1/constraints/validate", request), 200);
        assertThat(beforeActivation.get("violations")).noneMatch(v -> v.get("rule").asString().equals("ksu-no-friday"));
        ok(send("POST", "/api/v1/constraint-sets/wten-2025-26/versions/2/activate", null), 200);
        JsonNode after = ok(send("POST", "/api/v1/constraints/validate", request), 200);
        assertThat(after.get("constraintSet").get("version").asInt()).isEqualTo(2);
        // both KSU games are on Fridays (March 6 and 13)
        assertThat(after.get("violations")).filteredOn(v -> v.get("rule").asString().equals("ksu-no-friday"))
                .extracting(v -> v.get("explanation").asString()).containsExactly(
                        "KSU plays on Friday 2026-03-06 (t1 KSU at KU): travel day", "KSU plays on Friday 2026-03-13 (t2 BYU at KSU): travel day");
        assertThat(after.get("hardViolations").asInt()).isEqualTo(moved.get("hardViolations").asInt() + 2);

        // an older version can still be asked for explicitly
        JsonNode pinned = ok(send("POST", "/api/v1/constraints/validate", request.deepCopy().put("constraintSetVersion", 1)), 200);
        assertThat(pinned.get("hardViolations").asInt()).isEqualTo(moved.get("hardViolations").asInt());
    }

    @Test
    void badValidationRequestsAreProblems() throws Exception {
        JsonNode noSchedule = ok(send("POST", "/api/v1/constraints/validate", "{}"), 422);
        assertThat(noSchedule.get("field").asString()).isEqualTo("schedule");
        ObjectNode badSport = json.createObjectNode();
        badSport.set("schedule", schedule("2026-03-13").put("sport", "CURLING"));
        assertThat(ok(send("POST", "/api/v1/constraints/validate", badSport), 422).get("field").asString()).isEqualTo("schedule.sport");
        ObjectNode selfGame = json.createObjectNode();
        ObjectNode s = schedule("2026-03-13");
        ((ObjectNode) s.get("games").get(1)).put("home", "BYU");
        selfGame.set("schedule", s);
        assertThat(ok(send("POST", "/api/v1/constraints/validate", selfGame), 422).get("field").asString()).isEqualTo("schedule.games[1]");
        ObjectNode noVersion = json.createObjectNode().put("constraintSetVersion", 7);
        noVersion.set("schedule", schedule("2026-03-13").put("sport", "MBB"));
        assertThat(ok(send("POST", "/api/v1/constraints/validate", noVersion), 422).get("field").asString()).isEqualTo("constraintSetVersion");
    }
}
