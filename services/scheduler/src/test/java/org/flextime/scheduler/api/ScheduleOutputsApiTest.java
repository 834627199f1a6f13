package org.flextime.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.scheduler.SchedulerApplication;
import org.flextime.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.scheduler.problems.TeamSubset;
import org.flextime.rules.ScheduleValidator;
import org.flextime.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduler alone over HTTP on H2, no other service answering: a generator draft of men's basketball (stored
 * while the saga waits for validation) is listed and exported in every format, a pod of four is drafted with its
 * teams only, and every bad request is a 422 naming its parameter or field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleOutputsApiTest {

    private final TestIssuer issuer = TestIssuer.start();

    private ConfigurableApplicationContext service;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private JsonNode draftJob;

    @BeforeAll
    void start() throws Exception {
        int port = TestPorts.free();
        Map<String, Object> properties = new HashMap<>(SchedulerApplication.SERVICE.properties(
                port - SchedulerApplication.SERVICE.portOffset(), TestDatabases.freshH2(), "sa", ""));
        // no constraints service: drafts use the default sets, and no RobinX instance exists
        properties.put("flextime.constraints.url", "");
        service = SchedulerApplication.SERVICE.application(issuer.configure(properties)).run();
        base = "http://127.0.0.1:" + port;
        draftJob = drafted(post("{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false,\"seed\":7}}"));
    }

    @AfterAll
    void stop() {
        issuer.close();
        service.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/schedules")).header("Authorization", issuer.adminBearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", issuer.adminBearer()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(get(path).body());
    }

    /** The job once its draft is stored: the saga then waits for a travel result no service gives. */
    private JsonNode drafted(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> getJson(location), j -> j.get("step").asString("").equals("optimizeTravel"));
    }

    private String field(HttpResponse<?> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(422);
        Object body = answer.body();
        return json.readTree(body instanceof byte[] bytes ? new String(bytes) : (String) body).get("field").asString();
    }

    @Test
    void theJobSaysWhichEngineItWentToAndWhy() {
        assertThat(draftJob.get("engine").asString()).isEqualTo("season");
        assertThat(draftJob.get("reason").asString()).isEqualTo("season 2025-26, sport MBB: the season engine");
        assertThat(draftJob.get("teams").isNull()).isTrue();
    }

    @Test
    void everyFormatDownloadsAsAFileOfItsType() throws Exception {
        String id = draftJob.get("scheduleId").asString();
        String stem = "2025-26-MBB-" + id.substring(0, 8);

        HttpResponse<byte[]> ics = get("/api/v1/schedules/" + id + "/export?format=ics&team=KU");
        assertThat(ics.headers().firstValue("Content-Type")).contains("text/calendar;charset=utf-8");
        assertThat(ics.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"" + stem.replace("MBB", "MBB-KU") + ".ics\"");
        HttpResponse<byte[]> xlsx = get("/api/v1/schedules/" + id + "/export?format=xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            // MBB: 16 teams, 20 games each
            assertThat(book.getSheet("By date").getLastRowNum()).isEqualTo(160);
        }
        HttpResponse<byte[]> robinx = get("/api/v1/schedules/" + id + "/export?format=robinx");
        assertThat(robinx.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"" + stem + ".xml\"");
        assertThat(new RobinxReader().readSolution(new ByteArrayInputStream(robinx.body()), "export").games()).hasSize(160);
        assertThat(getJson("/api/v1/schedules/" + id + "/export?format=json").get("games").asInt()).isEqualTo(160);
        assertThat(new String(get("/api/v1/schedules/" + id + "/export?format=csv").body()).lines().count()).isEqualTo(161);
    }

    @Test
    void anUnknownFormatOrTeamIsNamed() throws Exception {
        String id = draftJob.get("scheduleId").asString();

        assertThat(field(get("/api/v1/schedules/" + id + "/export?format=pdf"))).isEqualTo("format");
        assertThat(field(get("/api/v1/schedules/" + id + "/export"))).isEqualTo("format");
        assertThat(field(get("/api/v1/schedules/" + id + "/export?format=ics&team=XYZ"))).isEqualTo("team");
        assertThat(field(get("/api/v1/schedules/" + id + "/export?format=robinx&team=KU"))).isEqualTo("team");
        assertThat(get("/api/v1/schedules/no-such-schedule/export?format=ics").statusCode()).isEqualTo(404);
    }

    @Test
    void schedulesAndJobsAreListedByFilter() throws Exception {
        JsonNode schedules = getJson("/api/v1/schedules?season=2025-26&sport=mbb&state=draft");
        assertThat(schedules.get("items").findValuesAsString("id")).contains(draftJob.get("scheduleId").asString());
        assertThat(getJson("/api/v1/schedules?season=2025-26&sport=mbb&status=draft").get("items").findValuesAsString("id"))
                .contains(draftJob.get("scheduleId").asString());
        assertThat(getJson("/api/v1/schedules?status=published").get("items").size()).isZero();
        assertThat(getJson("/api/v1/schedules?sport=FB").get("items").size()).isZero();
        assertThat(post("{\"sport\":\"FB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false}}").statusCode()).isEqualTo(202);
        JsonNode first = getJson("/api/v1/jobs?season=2025-26&limit=1");
        assertThat(first.get("items").size()).isEqualTo(1);
        assertThat(first.get("next").asString()).startsWith("/api/v1/jobs?season=2025-26&limit=1&cursor=");
        JsonNode second = getJson(first.get("next").asString());
        assertThat(second.get("items").get(0).get("id").asString()).isNotEqualTo(first.get("items").get(0).get("id").asString());
        assertThat(Instant.parse(second.get("items").get(0).get("createdAt").asString()))
                .isBeforeOrEqualTo(Instant.parse(first.get("items").get(0).get("createdAt").asString()));
    }

    @Test
    void aBadFilterIsNamed() throws Exception {
        assertThat(field(get("/api/v1/schedules?state=published"))).isEqualTo("state");
        assertThat(field(get("/api/v1/schedules?status=final"))).isEqualTo("status");
        assertThat(field(get("/api/v1/jobs?state=final"))).isEqualTo("state");
        assertThat(field(get("/api/v1/jobs?limit=101"))).isEqualTo("limit");
        assertThat(field(get("/api/v1/jobs?limit=ten"))).isEqualTo("limit");
        assertThat(field(get("/api/v1/schedules?cursor=bm90LWEtY3Vyc29y"))).isEqualTo("cursor");
        assertThat(field(get("/api/v1/schedules?sport=M%20B"))).isEqualTo("sport");
    }

    @Test
    void aPodOfFourIsDraftedWithItsTeamsOnly() throws Exception {
        JsonNode job = drafted(post("{\"sport\":\"MBB\",\"season\":\"2025-26\",\"teams\":[\"KU\",\"KSU\",\"ISU\",\"BYU\"],"
                + "\"options\":{\"optimize\":false,\"seed\":7}}"));

        assertThat(json.convertValue(job.get("teams"), String[].class)).containsExactly("BYU", "ISU", "KU", "KSU");
        JsonNode games = getJson("/api/v1/schedules/" + job.get("scheduleId").asString() + "/games");
        assertThat(games.size()).isEqualTo(12);
    }

    @Test
    void anOptimizedPodOfFourKeepsEveryHardRuleOfItsSportThroughTheCpSatPath() throws Exception {
        // the generator's rounds cannot keep both the ends and the rematch rule for four teams; staggered games can
        long started = System.nanoTime();
        JsonNode job = drafted(post("{\"sport\":\"MBB\",\"season\":\"2025-26\",\"teams\":[\"KU\",\"KSU\",\"ISU\",\"BYU\"],"
                + "\"options\":{\"seed\":7,\"budgetSeconds\":2}}"));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        JsonNode stored = getJson("/api/v1/schedules/" + job.get("scheduleId").asString() + "/games");
        List<Game> games = new ArrayList<>();
        for (JsonNode g : stored) {
            games.add(new Game(g.get("id").asString(), LocalDate.parse(g.get("date").asString()),
                    g.get("home").asString(), g.get("away").asString(), g.get("venue").asString()));
        }
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        Sport pod = TeamSubset.of(season, season.sport("MBB").orElseThrow(),
                List.of("KU", "KSU", "ISU", "BYU")).sport();
        assertThat(games).hasSize(12);
        assertThat(new ScheduleValidator().validate(season, pod, games).violations())
                .filteredOn(v -> v.severity() == Severity.HARD).isEmpty();
        assertThat(seconds).isLessThan(30);
    }

    @Test
    void anUnknownTeamOrInstanceIsNamed() throws Exception {
        assertThat(field(post("{\"sport\":\"MBB\",\"season\":\"2025-26\",\"teams\":[\"KU\",\"XX\"]}"))).isEqualTo("teams[1]");
        assertThat(field(post("{\"sport\":\"MBB\",\"season\":\"2025-26\",\"teams\":[\"KU\"]}"))).isEqualTo("teams");
        assertThat(field(post("{\"instance\":\"robinx:Nope\"}"))).isEqualTo("instance");
        assertThat(field(post("{\"instance\":\"robinx:Nope\",\"options\":{\"weights\":{}}}"))).isEqualTo("options.weights");
    }
}
