package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed, oversized and out-of-range requests to every public route of the gateway: each is answered with a
 * problem detail, and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiInputTest {

    private static final String JSON = "application/json";
    private static final String XML = "application/xml";
    /** Every creating or editing route of the public API, with the body type it takes. */
    private static final Map<String, String> WRITES = writes();

    private EmbeddedTopology topology;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Map<String, String> writes() {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("/api/v1/schedules", JSON);
        w.put("/api/v1/constraints/validate", JSON);
        w.put("/api/v1/constraint-sets", JSON);
        w.put("/api/v1/constraint-sets/big12-2025-26-mbb/versions", JSON);
        w.put("/api/v1/constraint-sets/big12-2025-26-mbb/versions/1/activate", JSON);
        w.put("/api/v1/robinx/instances", XML);
        w.put("/api/v1/robinx/instances/robinx:none/solutions", XML);
        w.put("/api/v1/seasons", JSON);
        w.put("/api/v1/seasons/2025-26/copy", JSON);
        w.put("/api/v1/seasons/2025-26/schools", JSON);
        w.put("/api/v1/seasons/2025-26/blackouts", JSON);
        return w;
    }

    @BeforeAll
    void start() {
        int port = TestPorts.freeBlock(EmbeddedTopology.SERVICES.size());
        topology = EmbeddedTopology.start(new TopologySettings(TestDatabases.freshH2(), "sa", "", port), Map.of());
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, null);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(topology.url() + path)).header("Authorization", "Bearer " + topology.adminToken()).timeout(Duration.ofSeconds(60));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request.build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Rows in every table a request could add to, by table. */
    private Map<String, Integer> stored() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        JdbcTemplate scheduler = topology.context("scheduler").getBean(JdbcTemplate.class);
        for (String table : List.of("job", "schedule", "saga", "outbox", "season", "season_version")) {
            counts.put("scheduler." + table, scheduler.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        JdbcTemplate constraints = topology.context("constraints").getBean(JdbcTemplate.class);
        for (String table : List.of("constraint_set", "constraint_set_version", "robinx_instance", "robinx_solution", "step_result", "outbox")) {
            counts.put("constraints." + table, constraints.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        JdbcTemplate state = topology.context("state").getBean(JdbcTemplate.class);
        counts.put("state.event", state.queryForObject("SELECT COUNT(*) FROM event", Integer.class));
        return counts;
    }

    private static void assertProblem(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what + ": " + response.statusCode() + " " + response.body()).startsWith("application/problem+json");
        assertThat(response.body()).as(what).contains("\"status\":" + response.statusCode());
    }

    private static String padding(int bytes) {
        return "x".repeat(bytes);
    }

    @Test
    void malformedWrongTypedAndOversizedBodiesToEveryWriteRouteAreProblemsAndStoreNothing() {
        Map<String, Integer> before = stored();
        for (Map.Entry<String, String> route : WRITES.entrySet()) {
            String path = route.getKey();
            boolean xml = route.getValue().equals(XML);
            String type = route.getValue();
            assertProblem(send("POST", path, type, xml ? "<Instance><Teams>" : "{\"sport\":"), path + " malformed");
            assertProblem(send("POST", path, type, xml ? "<Solution><Games><ScheduledMatch home=\"x\"/></Games></Solution>" : "[1, true, \"x\"]"),
                    path + " wrong types");
            int big = xml ? 9 * 1024 * 1024 : 1024 * 1024 + 1;
            String oversized = xml ? "<Instance><!--" + padding(big) + "--></Instance>"
                    : "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"note\":\"" + padding(big) + "\"}";
            HttpResponse<String> tooLarge = send("POST", path, type, oversized);
            assertProblem(tooLarge, path + " oversized");
            assertThat(tooLarge.statusCode()).as(path + " oversized").isEqualTo(413);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aScheduleRequestAboveSixtyFourKilobytesIsRefusedWithA413AtTheGatewayAndAtTheService() {
        Map<String, Integer> before = stored();
        String body = "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"optimize\":false,\"pad\":\"" + padding(70 * 1024) + "\"}}";
        for (String base : List.of(topology.url(), topology.url("scheduler"))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/schedules")).header("Authorization", "Bearer " + topology.adminToken()).header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = exchange(request);
            assertProblem(response, base);
            assertThat(response.statusCode()).as(base).isEqualTo(413);
            assertThat(response.body()).as(base).contains("65536");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFiftyMegabyteBodyStraightToAServicePortIsA413StoresNothingAndTheServiceStaysHealthy() {
        Map<String, Integer> before = stored();
        HttpRequest request = HttpRequest.newBuilder(URI.create(topology.url("constraints") + "/api/v1/robinx/instances"))
                .header("Authorization", "Bearer " + topology.adminToken()).header("Content-Type", XML)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[50 * 1024 * 1024])).build();
        HttpResponse<String> response = exchange(request);
        assertProblem(response, "50 MB");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"limit\":8388608");
        assertThat(stored()).isEqualTo(before);
        HttpResponse<String> health = exchange(HttpRequest.newBuilder(URI.create(topology.url("constraints") + "/actuator/health")).GET().build());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsCountedAsItIsRead() {
        Map<String, Integer> before = stored();
        byte[] body = ("{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":{\"pad\":\"" + padding(200 * 1024) + "\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(topology.url("scheduler") + "/api/v1/schedules")).header("Authorization", "Bearer " + topology.adminToken())
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        HttpResponse<String> response = exchange(request);
        assertProblem(response, "chunked");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"minRestDays\":2147483647}  | options.minRestDays",
            "{\"minRestDays\":15}          | options.minRestDays",
            "{\"minRestDays\":-1}          | options.minRestDays",
            "{\"minRestDays\":1.5}         | options.minRestDays",
            "{\"budgetSeconds\":601}       | options.budgetSeconds",
            "{\"budgetSeconds\":2.5}       | options.budgetSeconds",
            "{\"unimprovedSeconds\":0}     | options.unimprovedSeconds",
            "{\"unimprovedSeconds\":601}   | options.unimprovedSeconds",
            "{\"unimprovedSeconds\":\"3\"} | options.unimprovedSeconds",
            "{\"seed\":1.5}                | options.seed",
            "{\"seed\":99999999999999999999} | options.seed",
            "{\"weights\":{\"travel\":-1}}  | options.weights.travel",
            "{\"weights\":{\"travel\":1000001}} | options.weights.travel",
            "{\"weights\":{\"travel\":0.5}} | options.weights.travel",
            "{\"weights\":[1]}             | options.weights",
            "{\"blob\":\"anything\"}        | options.blob",
            "{\"seconds\":5}               | options.seconds"})
    void anOptionOutOfRangeOrUnknownIsA422NamingItAndStoresNothing(String options, String field) {
        Map<String, Integer> before = stored();
        HttpResponse<String> response = send("POST", "/api/v1/schedules", JSON,
                "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"options\":" + options + "}");
        assertProblem(response, options);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST  | /api/v1/schedules                      | application/json | {\"sport\":\"MBB\",\"season\":\"2025-26\",\"constraintSetVersion\":7} | 422 | constraintSetVersion",
            "POST  | /api/v1/schedules                      | application/json | {\"sport\":\"MBB\",\"season\":\"2031-32\"}   | 422 | season",
            "PATCH | /api/v1/seasons/2025-26/sports/FB      | application/json | {\"window\":{\"from\":\"2025-13-01\"}}         | 422 | sports[0].window.from",
            "PATCH | /api/v1/seasons/2025-26/sports/FB      | application/json | {\"window\":{\"to\":\"2025-10-25\"}}           | 422 | sports[0].window",
            "PATCH | /api/v1/seasons/2025-26/sports/FB      | application/json | {\"protectedRivalries\":[[\"KU\",\"SMU\"]]}   | 422 | sports[0].protectedRivalries[0][1]",
            "PATCH | /api/v1/seasons/2025-26/schools/KU     | application/json | {\"coordinates\":null}                         | 422 | schools[8].coordinates",
            "PATCH | /api/v1/seasons/2025-26/schools/KU     | application/json | {\"code\":\"KANSAS\"}                          | 422 | code",
            "POST  | /api/v1/seasons/2025-26/blackouts      | application/json | {\"teams\":[\"SMU\"],\"date\":\"2026-01-10\"} | 422 | blackouts[5].teams[0]",
            "POST  | /api/v1/seasons/2025-26/copy           | application/json | {\"id\":\"next season!\"}                      | 422 | id",
            "POST  | /api/v1/seasons/2025-26/copy           | application/json | {\"id\":\"2025-26\"}                           | 409 | id",
            "POST  | /api/v1/seasons/2025-26/schools.csv    | text/csv         | code,school\\nSMU,SMU                              | 422 | row 1, latitude",
            "POST  | /api/v1/seasons/2025-26/blackouts.csv  | text/csv         | teams,date\\nall,2026-02-30                        | 422 | row 2, date"})
    void aSeasonOrScheduleRequestTheSeasonRefusesNamesTheFieldOrRowAndStoresNothing(String method, String path, String type,
                                                                                    String body, int status, String field) {
        Map<String, Integer> before = stored();
        // If-Match *: each case is refused for its body, not for a missing precondition
        HttpResponse<String> response = send(method, path, type, body.replace("\\n", "\n"), "*");
        assertProblem(response, method + " " + path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchIsA412CarryingTheCurrentEtagAndStoresNothing() {
        Map<String, Integer> before = stored();
        HttpRequest request = HttpRequest.newBuilder(URI.create(topology.url() + "/api/v1/seasons/2025-26/sports/MBB")).header("Authorization", "Bearer " + topology.adminToken())
                .header("Content-Type", JSON).header("If-Match", "\"v0\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"window\":{\"to\":\"2026-03-08\"}}")).build();
        HttpResponse<String> response = exchange(request);
        assertProblem(response, "stale If-Match");
        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(response.body()).contains("\"field\":\"If-Match\"").contains("\"etag\":\"\\\"v1\\\"\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void idsWithAnEncodedSlashGetAProblemDetailFromTheGatewayAndFromEachService() {
        Map<String, List<String>> byService = new LinkedHashMap<>();
        byService.put("scheduler", List.of("/api/v1/jobs/a%2Fb", "/api/v1/schedules/a%2Fb", "/api/v1/schedules/a%2Fb/games"));
        byService.put("constraints", List.of("/api/v1/validations/a%2Fb", "/api/v1/constraint-sets/a%2Fb", "/api/v1/robinx/instances/a%2Fb"));
        byService.put("conflicts", List.of("/api/v1/conflicts/a%2Fb"));
        byService.put("travel", List.of("/api/v1/travel/a%2Fb"));
        byService.put("intelligence", List.of("/api/v1/quality/a%2Fb"));
        byService.put("state", List.of("/api/v1/streams/a%2Fb/events"));
        byService.put("communication-hub", List.of("/api/v1/event-types/a%2Fb/schema"));
        Map<String, Integer> before = stored();
        byService.forEach((service, paths) -> {
            for (String path : paths) {
                for (String base : List.of(topology.url(), topology.url(service))) {
                    HttpResponse<String> response = http(base + path, "GET");
                    assertProblem(response, base + path);
                }
            }
        });
        assertProblem(http(topology.url() + "/api/v1/jobs/a%2Fb", "DELETE"), "DELETE /api/v1/jobs/a%2Fb");
        assertThat(stored()).isEqualTo(before);
    }

    private HttpResponse<String> http(String url, String method) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + topology.adminToken()).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
}
