package org.flextime.scheduler.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.flextime.scheduler.SchedulerApplication;
import org.flextime.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/seasons} on the scheduler alone: the bundled season imported at start, edits as versions guarded by
 * If-Match, copies, the CSV sheets, and every refusal naming its field or row with nothing stored. Each test works on its
 * own copy of 2025-26, so the tests do not depend on each other's order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeasonApiTest {

    private final TestIssuer issuer = TestIssuer.start();

    private ConfigurableApplicationContext service;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** An answer: status, headers, body as JSON. */
    private record Reply(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    @BeforeAll
    void start() {
        int port = TestPorts.free();
        Map<String, Object> properties = new HashMap<>(SchedulerApplication.SERVICE.properties(
                port - SchedulerApplication.SERVICE.portOffset(), TestDatabases.freshH2(), "sa", ""));
        service = SchedulerApplication.SERVICE.application(issuer.configure(properties)).run();
        base = "http://127.0.0.1:" + port + "/api/v1/seasons";
    }

    @AfterAll
    void stop() {
        issuer.close();
        service.close();
    }

    private Reply send(String method, String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", issuer.adminBearer()).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r, r.body().isBlank() ? null : json.readTree(r.body()));
    }

    private Reply get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private Reply json(String method, String path, String body, String... headers) throws Exception {
        return send(method, path, "application/json", body, headers);
    }

    /** A fresh season copied from 2025-26 with the same dates. */
    private String copyOf2025(String id) throws Exception {
        Reply copy = json("POST", "/2025-26/copy", "{\"id\":\"" + id + "\",\"shiftDays\":0}");
        assertThat(copy.status()).as(String.valueOf(copy.body())).isEqualTo(201);
        return id;
    }

    private int versions(String id) throws Exception {
        return get("/" + id + "/versions").body().size();
    }

    @Test
    void theBundledSeasonIsImportedAtStartAndListed() throws Exception {
        Reply list = get("");
        JsonNode bundled = null;
        for (JsonNode s : list.body()) {
            if (s.get("id").asString().equals("2025-26")) {
                bundled = s;
            }
        }
        assertThat(bundled).isNotNull();
        assertThat(bundled.get("version").asInt()).isEqualTo(1);
        assertThat(bundled.get("schools")).hasSize(16);
        assertThat(bundled.get("sports").toString()).isEqualTo("[\"FB\",\"MBB\",\"WBB\",\"VB\",\"SOC\",\"BSB\",\"SB\",\"MTEN\",\"WTEN\"]");
        Reply one = get("/2025-26/versions/1");
        assertThat(one.header("ETag")).isEqualTo("\"v1\"");
        assertThat(one.body().get("change").asString()).isEqualTo("imported from the bundled season 2025-26");
        assertThat(one.body().get("document").get("schools").get(8).get("venues").get("arena").get("capacity").asInt())
                .isEqualTo(16300);
    }

    @Test
    void theSchemaIsServed() throws Exception {
        Reply schema = get("/schema");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.body().get("$id").asString()).isEqualTo("https://flextime.org/schemas/season.schema.json");
    }

    @Test
    void anEditIsANewVersionAndAStaleIfMatchIsA412CarryingTheCurrentEtag() throws Exception {
        String id = copyOf2025("edit-1");
        Reply edited = json("PATCH", "/" + id + "/sports/MBB", "{\"window\":{\"to\":\"2026-03-08\"}}", "If-Match", "\"v1\"");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"v2\"");
        assertThat(edited.body().get("document").get("sports").get(1).get("window").get("to").asString()).isEqualTo("2026-03-08");
        assertThat(edited.body().get("change").asString()).isEqualTo("sport MBB edited: window");

        Reply stale = json("PATCH", "/" + id + "/sports/MBB", "{\"window\":{\"to\":\"2026-03-09\"}}", "If-Match", "\"v1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("etag").asString()).isEqualTo("\"v2\"");
        assertThat(stale.body().get("field").asString()).isEqualTo("If-Match");
        assertThat(versions(id)).isEqualTo(2);
        assertThat(get("/" + id + "/versions/1").body().get("document").get("sports").get(1).get("window").get("to").asString())
                .isEqualTo("2026-03-07");
    }

    @Test
    void anEditWithoutIfMatchIsA428NamingTheCurrentEtagAndStoresNothing() throws Exception {
        String id = copyOf2025("edit-0");
        Reply refused = json("PATCH", "/" + id + "/sports/MBB", "{\"window\":{\"to\":\"2026-03-08\"}}");
        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.body().get("field").asString()).isEqualTo("If-Match");
        assertThat(refused.body().get("detail").asString()).contains("\"v1\"");
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void anEditThatBreaksTheSeasonIsA422NamingThePathAndStoresNothing() throws Exception {
        String id = copyOf2025("edit-2");
        Reply tooShort = json("PATCH", "/" + id + "/sports/FB", "{\"window\":{\"to\":\"2025-10-25\"}}", "If-Match", "*");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body().get("field").asString()).isEqualTo("sports[0].window");
        assertThat(tooShort.body().get("detail").asString()).contains("has 8 play days").contains("needs 9 games per team");

        Reply rival = json("PATCH", "/" + id + "/sports/FB", "{\"protectedRivalries\":[[\"KU\",\"SMU\"]]}", "If-Match", "*");
        assertThat(rival.status()).isEqualTo(422);
        assertThat(rival.body().get("field").asString()).isEqualTo("sports[0].protectedRivalries[0][1]");

        Reply venue = json("PATCH", "/" + id + "/schools/KU", "{\"venues\":{\"arena\":{\"latitude\":null}}}", "If-Match", "*");
        assertThat(venue.status()).isEqualTo(422);
        assertThat(venue.body().get("field").asString()).isEqualTo("schools[8].venues.arena.latitude");

        // what only the published schema rules out is refused too
        Reply nickname = json("PATCH", "/" + id + "/schools/KU", "{\"nickname\":5}", "If-Match", "*");
        assertThat(nickname.status()).isEqualTo(422);
        assertThat(nickname.body().get("field").asString()).isEqualTo("schools[8].nickname");
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void anImportIsCheckedAndTakesAnIdempotencyKey() throws Exception {
        ObjectNode document = (ObjectNode) get("/2025-26").body().get("document");
        document.put("season", "import-1");
        ((ObjectNode) document.get("sports").get(2).get("window")).put("from", "2025-13-01");
        Reply bad = json("POST", "", document.toString());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("field").asString()).isEqualTo("sports[2].window.from");
        assertThat(get("/import-1").status()).isEqualTo(404);

        ((ObjectNode) document.get("sports").get(2).get("window")).put("from", "2025-12-21");
        Reply first = json("POST", "", document.toString(), "Idempotency-Key", "import-1-key");
        Reply again = json("POST", "", document.toString(), "Idempotency-Key", "import-1-key");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/v1/seasons/import-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Reply taken = json("POST", "", document.toString());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("field").asString()).isEqualTo("season");
    }

    @Test
    void aCopyShiftsEveryDateAndKeepsTheSource() throws Exception {
        Reply copy = json("POST", "/2025-26/copy", "{\"id\":\"copy-1\"}");
        assertThat(copy.status()).isEqualTo(201);
        JsonNode doc = copy.body().get("document");
        // 364 days: the same weekday a year on
        assertThat(doc.get("sports").get(0).get("window").get("from").asString()).isEqualTo("2026-09-05");
        assertThat(doc.get("sports").get(0).get("championship").get("date").asString()).isEqualTo("2026-12-05");
        assertThat(doc.get("blackouts").get(3).get("date").asString()).isEqualTo("2026-11-26");
        assertThat(copy.body().get("change").asString()).isEqualTo("copied from 2025-26, dates shifted 364 days (version 1)");
        assertThat(get("/2025-26").body().get("document").get("sports").get(0).get("window").get("from").asString())
                .isEqualTo("2025-09-06");
    }

    @Test
    void removingASchoolRemovesEveryMentionAndAddingOneJoinsTheAllSports() throws Exception {
        String id = copyOf2025("swap-1");
        Reply removed = json("DELETE", "/" + id + "/schools/BYU", null, "If-Match", "*");
        assertThat(removed.status()).isEqualTo(200);
        JsonNode doc = removed.body().get("document");
        assertThat(doc.toString()).doesNotContain("\"BYU\"").doesNotContain("byuPlayDays");
        // BYU's own blackouts went with it; the conference's stay
        assertThat(doc.get("blackouts")).hasSize(2);

        String smu = "{\"code\":\"SMU\",\"name\":\"SMU\",\"coordinates\":{\"latitude\":32.8412,\"longitude\":-96.7845},"
                + "\"timeZone\":\"America/Chicago\",\"venues\":{\"arena\":{\"name\":\"Moody Coliseum\",\"capacity\":7000,"
                + "\"latitude\":32.8398,\"longitude\":-96.7820},\"stadium\":{\"name\":\"Gerald J. Ford Stadium\",\"capacity\":32000,"
                + "\"latitude\":32.8375,\"longitude\":-96.7829}}}";
        Reply added = json("POST", "/" + id + "/schools", smu, "If-Match", removed.header("ETag"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo("/api/v1/seasons/" + id + "/versions/3");
        assertThat(added.body().get("document").get("schools").get(15).get("code").asString()).isEqualTo("SMU");
    }

    @Test
    void blackoutsAreAddedAndRemoved() throws Exception {
        String id = copyOf2025("blackout-1");
        Reply added = json("POST", "/" + id + "/blackouts",
                "{\"teams\":[\"KU\"],\"date\":\"2026-01-10\",\"reason\":\"arena renovation\"}", "If-Match", "*");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("document").get("blackouts")).hasSize(6);
        Reply unknownTeam = json("POST", "/" + id + "/blackouts", "{\"teams\":[\"SMU\"],\"date\":\"2026-01-10\"}", "If-Match", "*");
        assertThat(unknownTeam.status()).isEqualTo(422);
        assertThat(unknownTeam.body().get("field").asString()).isEqualTo("blackouts[6].teams[0]");
        Reply removed = json("DELETE", "/" + id + "/blackouts/5", null, "If-Match", "*");
        assertThat(removed.body().get("document").get("blackouts")).hasSize(5);
        assertThat(json("DELETE", "/" + id + "/blackouts/9", null, "If-Match", "*").status()).isEqualTo(404);
    }

    @Test
    void aSchoolsSheetWithBadRowsListsEveryBadCellAndStoresNothing() throws Exception {
        String id = copyOf2025("csv-1");
        String sheet = """
                code,school,latitude,longitude,timezone,arena,arena_capacity,stadium,stadium_capacity,stadium_latitude,stadium_longitude
                SMU,SMU,32.8412,-96.7845,America/Chicago,Moody Coliseum,7000,Gerald J. Ford Stadium,32000,32.8375,-96.7829
                UNT,North Texas,north,-97.15,America/Chicago,UNT Coliseum,10000,DATCU Stadium,30850,33.2036,-97.1592
                UNLV,UNLV,36.1075,-115.1433,America/Vegas,Thomas & Mack Center,17923,Allegiant Stadium,65000,36.0909,-115.1833
                """;
        Reply bad = send("POST", "/" + id + "/schools.csv", "text/csv", sheet, "If-Match", "*");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("errors").toString()).isEqualTo("[{\"row\":3,\"column\":\"latitude\",\"reason\":\"'north' is not a number\"},"
                + "{\"row\":4,\"column\":\"timezone\",\"reason\":\"unknown time zone 'America/Vegas' (expected an IANA id such as America/Chicago)\"}]");
        assertThat(bad.body().get("field").asString()).isEqualTo("row 3, latitude");
        assertThat(versions(id)).isEqualTo(1);

        Reply good = send("POST", "/" + id + "/schools.csv", "text/csv", sheet.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow(),
                "If-Match", "*");
        assertThat(good.status()).isEqualTo(201);
        JsonNode smu = good.body().get("document").get("schools").get(16);
        assertThat(smu.get("code").asString()).isEqualTo("SMU");
        // no arena coordinates in the sheet: the arena is on the campus
        assertThat(smu.get("venues").get("arena").get("latitude").asDouble()).isEqualTo(32.8412);
    }

    @Test
    void aBlackoutsSheetReplacesTheBlackoutsOrNamesTheBadRow() throws Exception {
        String id = copyOf2025("csv-2");
        String bad = "teams,date,from,to,rule,reason\nall,2025-11-27,,,,Thanksgiving Day\nKU;SMU,2026-01-10,,,,renovation\nBYU,,2026-04-05,2026-04-04,,conference\n";
        Reply refused = send("POST", "/" + id + "/blackouts.csv", "text/csv", bad, "If-Match", "*");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").toString()).isEqualTo("[{\"row\":3,\"column\":\"teams\",\"reason\":\"unknown team 'SMU'\"},"
                + "{\"row\":4,\"column\":\"to\",\"reason\":\"blackout ends 2026-04-04 before it starts 2026-04-05\"}]");
        assertThat(versions(id)).isEqualTo(1);

        Reply replaced = send("POST", "/" + id + "/blackouts.csv", "text/csv",
                "teams,date,from,to,rule,reason\nall,2025-11-27,,,,Thanksgiving Day\nBYU,,,,no competition on Sundays,\n", "If-Match", "*");
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(replaced.body().get("document").get("blackouts").toString()).isEqualTo(
                "[{\"teams\":\"all\",\"date\":\"2025-11-27\",\"reason\":\"Thanksgiving Day\"},"
                        + "{\"teams\":[\"BYU\"],\"rule\":\"no competition on Sundays\"}]");
    }

    @Test
    void unknownSeasonsSchoolsAndSportsAre404() throws Exception {
        assertThat(get("/1999-00").status()).isEqualTo(404);
        assertThat(json("PATCH", "/2025-26/schools/SMU", "{\"name\":\"x\"}", "If-Match", "*").status()).isEqualTo(404);
        assertThat(json("PATCH", "/2025-26/sports/XC", "{\"name\":\"x\"}", "If-Match", "*").status()).isEqualTo(404);
        assertThat(List.of(get("/2025-26/versions/7").status())).containsExactly(404);
    }
}
