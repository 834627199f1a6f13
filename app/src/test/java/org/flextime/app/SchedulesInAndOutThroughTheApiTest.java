package org.flextime.app;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flextime.engine.cli.SolveCommand;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.testing.ContradictoryInstance;
import org.flextime.rules.robinx.RobinxReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The embedded topology through the gateway: an ITC2021 instance imported through the API and scheduled through
 * {@code POST /schedules} gives the objective {@code ./flextime solve} gives with the same seed and move cap, its
 * RobinX export validates to it, and {@code ./flextime schedule} writes a pod's workbook and refuses a bad team in
 * one line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchedulesInAndOutThroughTheApiTest {

    private static final Pattern OBJECTIVE = Pattern.compile("infeasibility=(\\d+) objective=(\\d+)");
    private static final String TEST2 = "ITC2021_Test2";

    private EmbeddedTopology topology;
    private Api api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        topology = EmbeddedTopology.start(new TopologySettings(TestDatabases.freshH2(), "sa", "", TestPorts.freeBlock(EmbeddedTopology.SERVICES.size())), Map.of());
        api = new Api(topology.url(), topology.adminToken());
    }

    @AfterAll
    void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    private static Path instanceFile() {
        return Path.of(System.getenv("FLEXTIME_DATA"), "itc2021", "instances", TEST2 + ".xml");
    }

    private JsonNode completed(Api.Reply accepted) {
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(202);
        String location = accepted.header("Location");
        return Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get(location).body(), j -> j.get("state").asString().matches("completed|failed|cancelled"));
    }

    @Test
    void anImportedItc2021InstanceScheduledThroughTheApiGivesTheCommandLinesObjective() throws Exception {
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(topology.url() + "/api/v1/robinx/instances?name=" + TEST2)).header("Authorization", "Bearer " + topology.adminToken())
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofFile(instanceFile())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        new SolveCommand().run(List.of(instanceFile().toString(), "--seed", "1", "--iterations", "5", "--threads", "1", "--seconds", "3600"),
                new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
        Matcher cli = OBJECTIVE.matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(cli.find()).as(printed.toString(StandardCharsets.UTF_8) + errors.toString(StandardCharsets.UTF_8)).isTrue();

        JsonNode job = completed(api.post("/api/v1/schedules",
                "{\"instance\":\"robinx:" + TEST2 + "\",\"options\":{\"seed\":1,\"iterations\":5,\"threads\":1,\"budgetSeconds\":600}}"));

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("engine").asString()).isEqualTo("itc2021");
        assertThat(job.get("reason").asString()).isEqualTo("robinx instance with ITC2021 constraints: the CP-SAT engine (feasibility first, then large neighbourhood search)");
        assertThat(job.get("progress").get("bestHard").asLong()).isEqualTo(Long.parseLong(cli.group(1)));
        assertThat(job.get("progress").get("bestSoft").asLong()).isEqualTo(Long.parseLong(cli.group(2)));
        assertThat(job.get("skippedSteps").findValuesAsString("step")).containsExactly("optimizeTravel", "detectConflicts", "predictQuality");
        String scheduleId = job.get("scheduleId").asString();
        JsonNode schedule = api.get("/api/v1/schedules/" + scheduleId).body();
        assertThat(schedule.get("state").asString()).isEqualTo("final");
        assertThat(schedule.get("travelMiles").isNull()).isTrue();
        // the export validates to the same objective with the project's validator
        byte[] xml = http.send(HttpRequest.newBuilder(URI.create(topology.url() + "/api/v1/schedules/" + scheduleId + "/export?format=robinx")).header("Authorization", "Bearer " + topology.adminToken())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        Instance instance = new RobinxReader().readInstance(instanceFile());
        Evaluation evaluation = new ItcEvaluator().evaluate(instance,
                new RobinxReader().readSolution(new java.io.ByteArrayInputStream(xml), "export", instance));
        assertThat(evaluation.objective()).isEqualTo(Long.parseLong(cli.group(2)));
        assertThat(evaluation.infeasibility()).isEqualTo(Long.parseLong(cli.group(1)));
    }

    @Test
    void anInstanceWhoseHardRulesCannotAllHoldFailsWithTheRulesNamedAndStoresNoSchedule() throws Exception {
        // team 0 must host in slots 0 and 1 (CA1) but may not have a home break in slot 1 (BR1)
        String xml = new RobinxWriter().toXml(ContradictoryInstance.of(1, 2));
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(topology.url() + "/api/v1/robinx/instances?name=Contradictory"))
                .header("Authorization", "Bearer " + topology.adminToken()).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        JsonNode job = completed(api.post("/api/v1/schedules", "{\"instance\":\"robinx:Contradictory\",\"options\":{\"budgetSeconds\":60}}"));

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).contains("the constraint set cannot be met: CA1@").contains(" on Team 0, slots 0-1 and BR1@")
                .endsWith(" on Team 0, slots 1 cannot both hold");
        assertThat(api.get("/api/v1/schedules/" + job.get("scheduleId").asString()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/schedules?season=robinx:Contradictory").body().get("items")).isEmpty();
    }

    @Test
    void theScheduleCommandWritesAPodsWorkbook(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("pod.xlsx");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int code = new ScheduleCommand(topology::adminToken).run(List.of("--url", topology.url(), "--season", "2025-26", "--sport", "MBB",
                        "--teams", "KU,KSU,ISU,BYU", "--budget", "2", "--out", out.toString()),
                new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(errors.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("wrote " + out + " (xlsx, schedule ");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            // four teams, each pair twice
            assertThat(book.getSheet("By date").getLastRowNum()).isEqualTo(12);
            assertThat(book.getSheet("Home-away matrix").getRow(0).getCell(3).getStringCellValue()).isEqualTo("KSU");
        }
    }

    @Test
    void theScheduleCommandRefusesAnUnknownTeamInOneLine(@TempDir Path tmp) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int code = new ScheduleCommand(topology::adminToken).run(List.of("--url", topology.url(), "--season", "2025-26", "--sport", "MBB",
                        "--teams", "KU,XX", "--out", tmp.resolve("x.csv").toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith("schedule: the request was refused: 422 ")
                .contains("(field teams[1])").endsWith("\n").hasLineCount(1);
        assertThat(tmp.resolve("x.csv")).doesNotExist();
    }
}
