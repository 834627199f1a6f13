package org.flextime.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity service alone on a fresh H2 database and data folder: the first admin, owner-only credential files,
 * client-credentials tokens for services, users and their tokens, keys that survive a restart, and key rotation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityServiceTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private ConfigurableApplicationContext identity;
    private String database;
    private Path dataDir;
    private int port;

    @BeforeAll
    void start() throws Exception {
        database = TestDatabases.freshH2();
        dataDir = Files.createTempDirectory("flextime-identity-");
        port = TestPorts.free();
        identity = run();
    }

    private ConfigurableApplicationContext run() {
        Map<String, Object> properties = new HashMap<>(IdentityApplication.SERVICE.properties(
                port - IdentityApplication.SERVICE.portOffset(), database, "sa", ""));
        properties.put("flextime.identity.data-dir", dataDir.toString());
        properties.put("flextime.identity.service-clients.scheduler", "s3cret-of-the-scheduler");
        return IdentityApplication.SERVICE.application(properties).run();
    }

    @AfterAll
    void stop() {
        identity.close();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminToken() throws Exception {
        return Files.readString(dataDir.resolve("admin.token")).trim();
    }

    private JsonNode claims(String token) {
        return json.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void theFirstStartCreatesTheAdminWithOwnerOnlyPasswordAndTokenFilesAndStoresOnlyTheHash() throws Exception {
        for (String file : new String[] {"admin.password", "admin.token"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file)))).as(file).isEqualTo("rw-------");
        }
        String password = Files.readString(dataDir.resolve("admin.password")).trim();
        assertThat(password).hasSize(24);
        String hash = identity.getBean(JdbcTemplate.class).queryForObject("SELECT password_hash FROM users WHERE name = 'admin'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(password);
        JsonNode admin = claims(adminToken());
        assertThat(admin.get("sub").asString()).isEqualTo("admin");
        assertThat(admin.get("iss").asString()).isEqualTo(base());
        assertThat(admin.get("aud").toString()).contains("flextime");
        assertThat(admin.get("roles").toString()).isEqualTo("[\"admin\"]");
    }

    @Test
    void aServiceGetsAClientCredentialsTokenWithTheSchedulerRoleAndTheFlexTimeAudience() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("scheduler:s3cret-of-the-scheduler".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode token = claims(json.readTree(response.body()).get("access_token").asString());
        assertThat(token.get("sub").asString()).isEqualTo("scheduler");
        assertThat(token.get("roles").toString()).isEqualTo("[\"scheduler\"]");
        // one audience is written as a plain string (RFC 7519 4.1.3)
        assertThat(token.get("aud").asString()).isEqualTo("flextime");
    }

    @Test
    void aWrongClientSecretGetsNoToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("scheduler:guess".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anAdminCreatesAUserOnceAndIssuesItATokenThatCarriesItsRole() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/users", adminToken(), "{\"name\":\"vera\",\"role\":\"viewer\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("password").asString()).hasSize(24);
        HttpResponse<String> again = send("POST", "/api/v1/users", adminToken(), "{\"name\":\"vera\",\"role\":\"admin\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"name\"");

        HttpResponse<String> issued = send("POST", "/api/v1/users/vera/tokens", adminToken(), null);
        String vera = json.readTree(issued.body()).get("access_token").asString();
        assertThat(claims(vera).get("roles").toString()).isEqualTo("[\"viewer\"]");
        // a viewer may not manage users
        HttpResponse<String> refused = send("GET", "/api/v1/users", vera, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("needs the role 'admin'; the token grants 'viewer'");
    }

    @Test
    void anUnknownRoleIsA422NamingTheFieldAndStoresNothing() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/users", adminToken(), "{\"name\":\"rob\",\"role\":\"root\"}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"role\"");
        assertThat(identity.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM users WHERE name = 'rob'", Integer.class)).isZero();
    }

    @Test
    void tokensSurviveARestartAndARotationWhileTheOldKeyIsPublished() throws Exception {
        String before = adminToken();
        String password = Files.readString(dataDir.resolve("admin.password"));
        identity.close();
        identity = run();
        // the same key signs after the restart: the token on disk was kept, the password file untouched
        assertThat(adminToken()).isEqualTo(before);
        assertThat(Files.readString(dataDir.resolve("admin.password"))).isEqualTo(password);
        assertThat(send("GET", "/api/v1/users", before, null).statusCode()).isEqualTo(200);

        HttpResponse<String> rotated = send("POST", "/api/v1/signing-keys", before, null);
        assertThat(rotated.statusCode()).isEqualTo(201);
        JsonNode keys = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/jwks")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("keys");
        assertThat(keys).hasSize(2);
        assertThat(keys.toString()).doesNotContain("\"d\"");
        assertThat(send("GET", "/api/v1/users", before, null).statusCode()).isEqualTo(200);
    }
}
