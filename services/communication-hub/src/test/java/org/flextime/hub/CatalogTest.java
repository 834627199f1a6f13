package org.flextime.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.flextime.contracts.events.EventTypes;
import org.flextime.platform.testing.TestPorts;
import org.flextime.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hub publishes the event catalog and each type's schema. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogTest {

    private final TestIssuer issuer = TestIssuer.start();

    private ConfigurableApplicationContext hub;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        port = TestPorts.free();
        hub = HubApplication.SERVICE
                .application(issuer.configure(HubApplication.SERVICE.properties(port - HubApplication.SERVICE.portOffset(), "jdbc:h2:mem:x", "sa", ""))).run();
    }

    @AfterAll
    void stop() {
        issuer.close();
        hub.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", issuer.adminBearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCatalogListsEveryTypeAndServesItsSchema() throws Exception {
        JsonNode catalog = JsonMapper.builder().build().readTree(get("/api/v1/event-types").body());
        assertThat(catalog).hasSize(EventTypes.CATALOG.size());
        for (JsonNode entry : catalog) {
            HttpResponse<String> schema = get(entry.get("schema").asString());
            assertThat(schema.statusCode()).isEqualTo(200);
            assertThat(JsonMapper.builder().build().readTree(schema.body()).get("title").asString()).isEqualTo(entry.get("type").asString());
        }
    }

    @Test
    void anUnknownTypeIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/event-types/schedule.exploded/schema");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no event type with id 'schedule.exploded'");
    }
}
