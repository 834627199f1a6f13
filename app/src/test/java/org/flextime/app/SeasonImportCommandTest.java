package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code season import FILE}: what it sends (the document with its schools inline, keyed by its hash) and the one line it
 * prints, against a stand-in for {@code POST /api/v1/seasons} that answers as the scheduler does.
 */
class SeasonImportCommandTest {

    private record Received(String idempotencyKey, JsonNode body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new ArrayList<>();
    private HttpServer server;
    private int status = 201;
    private String answer = "{\"id\":\"2025-26\",\"version\":1}";

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/seasons", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (status == 201) {
                exchange.getResponseHeaders().add("Location", "/api/v1/seasons/2025-26");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        // the bundled layout: the season file names a schools CSV beside it
        Files.copy(Path.of("../data/big12/season-2025-26.json"), dir.resolve("season.json"));
        Files.copy(Path.of("../data/big12/schools.csv"), dir.resolve("schools.csv"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SeasonImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aSeasonFileIsSentWithItsSchoolsInlineAndTheStoredVersionPrinted() {
        String[] result = run("import", dir.resolve("season.json").toString(), "--url", url());

        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).isEqualTo("imported season 2025-26 version 1 (/api/v1/seasons/2025-26)\n");
        Received sent = received.get(0);
        assertThat(sent.body().get("season").asString()).isEqualTo("2025-26");
        assertThat(sent.body().get("schools").isArray()).isTrue();
        assertThat(sent.body().get("schools")).hasSize(16);
        assertThat(sent.idempotencyKey()).startsWith("season-import-");
    }

    @Test
    void theSameFileTwiceCarriesTheSameIdempotencyKey() {
        run("import", dir.resolve("season.json").toString(), "--url", url());
        run("import", dir.resolve("season.json").toString(), "--url", url());

        assertThat(received).hasSize(2);
        assertThat(received.get(1).idempotencyKey()).isEqualTo(received.get(0).idempotencyKey());
    }

    @Test
    void aRefusedSeasonIsOneLineNamingTheFieldAndExitOne() {
        status = 422;
        answer = "{\"status\":422,\"field\":\"sports[2].window.from\",\"detail\":\"not a date: 2025-13-01\"}";

        String[] result = run("import", dir.resolve("season.json").toString(), "--url", url());

        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2]).isEqualTo("flextime: season import: 422 sports[2].window.from: not a date: 2025-13-01\n");
    }

    @Test
    void aMissingFileIsOneLineAndNothingIsSent() {
        String[] result = run("import", dir.resolve("nothing.json").toString(), "--url", url());

        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2]).isEqualTo("flextime: season import: " + dir.resolve("nothing.json") + ": no such file\n");
        assertThat(received).isEmpty();
    }
}
