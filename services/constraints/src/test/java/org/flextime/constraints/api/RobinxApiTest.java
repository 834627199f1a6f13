package org.flextime.constraints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flextime.constraints.ConstraintsApplication;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.engine.cli.ValidateCommand;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.flextime.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RobinX endpoints over HTTP on the embedded topology's H2: import (idempotent), JSON view, XML export that
 * re-imports to the same rules, solutions scored as {@code flextime validate} scores them, problems naming line and
 * element; and Idempotency-Key, ETag and If-Match on the constraint-set endpoints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RobinxApiTest {

    private final TestIssuer issuer = TestIssuer.start();

    private ConfigurableApplicationContext service;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void start() throws Exception {
        port = TestPorts.free();
        service = ConstraintsApplication.SERVICE.application(issuer.configure(ConstraintsApplication.SERVICE.properties(
                port - ConstraintsApplication.SERVICE.portOffset(), TestDatabases.freshH2(), "sa", ""))).run();
    }

    @AfterAll
    void stop() {
        issuer.close();
        service.close();
    }

    @Test
    void anInstanceImportsExportsAndScoresItsSolutionLikeTheCli() throws Exception {
        String test1 = Files.readString(data("itc2021/instances/ITC2021_Test1.xml"));
        HttpResponse<String> created = send("POST", "/api/v1/robinx/instances?name=ITC2021_Test1", "application/xml", test1, "k-test1");
        JsonNode body = ok(created, 201);
        String id = "robinx:ITC2021_Test1";
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/robinx/instances/" + id);
        assertThat(body.get("created").asBoolean()).isTrue();
        assertThat(body.get("instance").get("teams")).hasSize(6);
        assertThat(body.get("instance").get("slots")).hasSize(10);

        // the same key and body: the same answer, replayed; the same key for another instance: a 422 problem
        HttpResponse<String> replay = send("POST", "/api/v1/robinx/instances?name=ITC2021_Test1", "application/xml", test1, "k-test1");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(created.body());
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        JsonNode reused = ok(send("POST", "/api/v1/robinx/instances?name=ITC2021_Test2", "application/xml",
                Files.readString(data("itc2021/instances/ITC2021_Test2.xml")), "k-test1"), 422);
        assertThat(reused.get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(send("GET", "/api/v1/robinx/instances/robinx:ITC2021_Test2", null, null, null).statusCode()).isEqualTo(404);

        // teams, slots and the constraint set, which lists with every other set
        JsonNode instance = ok(send("GET", "/api/v1/robinx/instances/" + id, null, null, null), 200);
        assertThat(instance.get("teams").get(0).get("name").asString()).isEqualTo("Team 0");
        assertThat(instance.get("teams").get(0).get("code").asString()).isEqualTo("TAA");
        assertThat(instance.get("slots").get(3).get("date").asString()).isEqualTo("2001-01-04");
        assertThat(instance.get("constraintSet").get("activeVersion").asInt()).isEqualTo(1);
        int constraints = instance.get("constraints").asInt();
        assertThat(constraints).isEqualTo((int) test1.lines().filter(l -> l.strip().matches("<(CA|GA|BR|FA|SE)\\d .*")).count());
        JsonNode list = ok(send("GET", "/api/v1/constraint-sets?sport=ROBINX", null, null, null), 200);
        assertThat(list).extracting(s -> s.get("id").asString()).containsExactly(id);
        JsonNode version = ok(send("GET", "/api/v1/constraint-sets/" + id + "/versions/1", null, null, null), 200);
        assertThat(version.get("document").get("rules")).hasSize(constraints)
                .allSatisfy(r -> assertThat(r.get("kind").asString()).isEqualTo("robinx"));

        // exported XML imports to the same rules
        HttpResponse<String> exported = send("GET", "/api/v1/robinx/instances/" + id, null, null, null, "application/xml");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(exported.body()).startsWith("<?xml").contains("<CA1 ");
        ok(send("POST", "/api/v1/robinx/instances?name=copy", "application/xml", exported.body(), null), 201);
        assertThat(ok(send("GET", "/api/v1/constraint-sets/robinx:copy/versions/1", null, null, null), 200).get("document").get("rules"))
                .isEqualTo(version.get("document").get("rules"));

        // a solution: the CLI's numbers, stored, read back as RobinX XML with its ObjectiveValue
        Path solutionFile = data("itc2021/solutions/ITC2021_Test1.solution.xml");
        HttpResponse<String> posted = send("POST", "/api/v1/robinx/instances/" + id + "/solutions", "application/xml",
                Files.readString(solutionFile), "k-sol1");
        JsonNode scored = ok(posted, 201);
        assertThat("infeasibility=" + scored.get("infeasibility").asLong() + " objective=" + scored.get("objective").asLong())
                .isEqualTo(cli(data("itc2021/instances/ITC2021_Test1.xml"), solutionFile));
        assertThat(scored.get("violations")).isNotEmpty().allSatisfy(v -> assertThat(v.get("rule").asString()).matches("[a-z0-9]+-[0-9a-f]{8}(-\\d+)?"));
        String location = posted.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> xml = send("GET", location, null, null, null);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(xml.body()).contains("<ObjectiveValue infeasibility=\"" + scored.get("infeasibility").asLong() + "\" objective=\""
                + scored.get("objective").asLong() + "\"/>").contains("<ScheduledMatch ");
        JsonNode asJson = ok(send("GET", location, null, null, null, "application/json"), 200);
        assertThat(asJson.get("objective")).isEqualTo(scored.get("objective"));
        assertThat(ok(send("GET", "/api/v1/robinx/instances/" + id + "/solutions", null, null, null), 200)).hasSize(1);
        assertThat(send("POST", "/api/v1/robinx/instances/" + id + "/solutions", "application/xml", Files.readString(solutionFile), "k-sol1")
                .body()).isEqualTo(posted.body());
        assertThat(ok(send("GET", "/api/v1/robinx/instances/" + id + "/solutions", null, null, null), 200)).hasSize(1);
    }

    @Test
    void badXmlUnknownInstancesAndBadSolutionsAreProblemsAndStoreNothing() throws Exception {
        String demo = Files.readString(data("itc2021/instances/TestInstanceDemo.xml"));
        JsonNode malformed = ok(send("POST", "/api/v1/robinx/instances?name=broken", "application/xml",
                demo.replaceFirst("</Teams>", ""), null), 400);
        assertThat(malformed.get("type").asString()).endsWith("/malformed-robinx");
        assertThat(malformed.get("line").asInt()).isPositive();
        assertThat(malformed.get("element").asString()).isNotBlank();
        assertThat(malformed.get("detail").asString()).startsWith("line " + malformed.get("line").asInt() + ", <");

        String badAttribute = demo.replaceFirst("type=\"(HARD|SOFT)\"", "type=\"MAYBE\"");
        JsonNode invalid = ok(send("POST", "/api/v1/robinx/instances?name=broken", "application/xml", badAttribute, null), 422);
        assertThat(invalid.get("type").asString()).endsWith("/invalid-robinx");
        int line = invalid.get("line").asInt();
        assertThat(badAttribute.lines().skip(line - 1).findFirst().orElseThrow()).contains("<" + invalid.get("element").asString() + " ");
        assertThat(invalid.get("detail").asString()).contains("type='MAYBE'");

        assertThat(send("GET", "/api/v1/robinx/instances/robinx:broken", null, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/constraint-sets/robinx:broken", null, null, null).statusCode()).isEqualTo(404);
        JsonNode missing = ok(send("POST", "/api/v1/robinx/instances/robinx:nope/solutions", "application/xml",
                Files.readString(data("itc2021/solutions/TestInstanceDemo.solution.xml")), null), 404);
        assertThat(missing.get("detail").asString()).contains("robinx:nope");
        assertThat(send("GET", "/api/v1/robinx/instances/robinx:nope", null, null, null, "application/xml").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/robinx/instances?name=json", "application/json", "{}", null).statusCode()).isEqualTo(415);

        ok(send("POST", "/api/v1/robinx/instances?name=demo", "text/xml", demo, null), 201);
        String solution = Files.readString(data("itc2021/solutions/TestInstanceDemo.solution.xml")).replaceFirst("slot=\"\\d+\"", "slot=\"999\"");
        JsonNode badSolution = ok(send("POST", "/api/v1/robinx/instances/robinx:demo/solutions", "application/xml", solution, null), 422);
        assertThat(badSolution.get("element").asString()).isEqualTo("ScheduledMatch");
        assertThat(ok(send("GET", "/api/v1/robinx/instances/robinx:demo/solutions", null, null, null), 200)).isEmpty();
        assertThat(send("GET", "/api/v1/robinx/instances/robinx:demo/solutions/nope", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anInstanceWithMoreTeamsThanTheCapIsA422NamingTheFirstTeamBeyondItAndStoresNothing() throws Exception {
        StringBuilder xml = new StringBuilder("<Instance>\n<Resources>\n<Teams>\n");
        for (int t = 0; t < 201; t++) {
            xml.append("<team id=\"").append(t).append("\" name=\"T").append(t).append("\"/>\n");
        }
        xml.append("</Teams>\n<Slots><slot id=\"0\" name=\"S0\"/></Slots>\n</Resources>\n</Instance>\n");

        JsonNode tooLarge = ok(send("POST", "/api/v1/robinx/instances?name=huge", "application/xml", xml.toString(), null), 422);

        // team k is on line 4 + k
        assertThat(tooLarge.get("type").asString()).endsWith("/invalid-robinx");
        assertThat(tooLarge.get("element").asString()).isEqualTo("team");
        assertThat(tooLarge.get("line").asInt()).isEqualTo(204);
        assertThat(tooLarge.get("detail").asString()).isEqualTo("line 204, <team>: 201 teams; an instance may have at most 200");
        assertThat(send("GET", "/api/v1/robinx/instances/robinx:huge", null, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/constraint-sets/robinx:huge", null, null, null).statusCode()).isEqualTo(404);
        assertThat(ok(send("GET", "/api/v1/robinx/instances", null, null, null), 200))
                .noneSatisfy(i -> assertThat(i.get("id").asString()).isEqualTo("robinx:huge"));
    }

    @Test
    void constraintSetEditsHonourIfMatchAndCreatesHonourIdempotencyKeys() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/constraint-sets", "application/json", "{\"sport\":\"WBB\",\"season\":\"2025-26\"}", "k-wbb");
        JsonNode set = ok(created, 201);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"v1.a1\"");
        HttpResponse<String> replay = send("POST", "/api/v1/constraint-sets", "application/json", "{\"sport\":\"WBB\",\"season\":\"2025-26\"}", "k-wbb");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(created.body());
        assertThat(replay.headers().firstValue("Location")).isEqualTo(created.headers().firstValue("Location"));
        assertThat(ok(send("POST", "/api/v1/constraint-sets", "application/json", "{\"sport\":\"BSB\",\"season\":\"2025-26\"}", "k-wbb"), 422)
                .get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(send("GET", "/api/v1/constraint-sets/bsb-2025-26", null, null, null).statusCode()).isEqualTo(404);

        String path = "/api/v1/constraint-sets/" + set.get("id").asString();
        HttpResponse<String> read = send("GET", path, null, null, null);
        assertThat(read.headers().firstValue("ETag")).contains(etag);
        ArrayNode rules = (ArrayNode) ok(send("GET", path + "/versions/1", null, null, null), 200).get("document").get("rules").deepCopy();
        rules.remove(rules.size() - 1);
        String v2 = json.writeValueAsString(json.createObjectNode().put("note", "v2").set("rules", rules));

        HttpResponse<String> added = sendIfMatch("POST", path + "/versions", v2, etag, "k-v2");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String etag2 = added.headers().firstValue("ETag").orElseThrow();
        assertThat(etag2).isEqualTo("\"v2.a1\"");
        // the same key again replays version 2 instead of making a version 3
        assertThat(sendIfMatch("POST", path + "/versions", v2, etag, "k-v2").body()).isEqualTo(added.body());

        // a stale If-Match is a 412 problem carrying the current ETag, and nothing changes
        JsonNode stale = ok(sendIfMatch("POST", path + "/versions", v2, etag, null), 412);
        assertThat(stale.get("etag").asString()).isEqualTo(etag2);
        assertThat(stale.get("type").asString()).endsWith("/precondition-failed");
        assertThat(ok(sendIfMatch("POST", path + "/versions/2/activate", null, etag, null), 412).get("status").asInt()).isEqualTo(412);
        assertThat(ok(send("GET", path, null, null, null), 200).get("activeVersion").asInt()).isEqualTo(1);

        HttpResponse<String> activated = sendIfMatch("POST", path + "/versions/2/activate", null, etag2, null);
        assertThat(ok(activated, 200).get("activeVersion").asInt()).isEqualTo(2);
        assertThat(activated.headers().firstValue("ETag")).contains("\"v2.a2\"");
        // no If-Match stays allowed
        assertThat(send("POST", path + "/versions", "application/json", v2, null).statusCode()).isEqualTo(201);
        assertThat(ok(send("POST", path + "/versions/1/activate", null, null, null), 200).get("activeVersion").asInt()).isEqualTo(1);
        assertThat(ok(send("GET", path + "/versions", null, null, null), 200)).hasSize(3);
    }

    @Test
    void theOpenApiDocumentListsTheRobinxPaths() throws Exception {
        JsonNode docs = ok(send("GET", "/v3/api-docs", null, null, null), 200);
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/robinx/instances", "/api/v1/robinx/instances/{id}",
                "/api/v1/robinx/instances/{id}/solutions", "/api/v1/robinx/instances/{id}/solutions/{solutionId}",
                "/api/v1/constraint-sets/{id}/versions/{version}/activate");
    }

    private HttpResponse<String> sendIfMatch(String method, String path, String body, String ifMatch, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", issuer.adminBearer()).header("Content-Type", "application/json")
                .header("If-Match", ifMatch);
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String key) throws Exception {
        return send(method, path, contentType, body, key, null);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String key, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", issuer.adminBearer());
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private static String cli(Path instance, Path solution) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ValidateCommand().run(List.of(instance.toString(), solution.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private static Path data(String relative) {
        return ReferenceData.file(relative);
    }
}
