package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A conference prepares next season through the public API alone: 2026-27 copied from the bundled 2025-26, men's
 * basketball's window moved, a blackout added, Cincinnati swapped for SMU; men's basketball and football scheduled for it
 * and each schedule checked, by a checker written here, against that season's own document: the window, the play days,
 * the blackouts, the games per team, no team twice on a day, SMU in and Cincinnati out; and the saga's validation (run
 * by the constraints service from the season version the saga carried) finds no hard violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeasonsThroughTheApiTest {

    private static final String SMU = """
            {"code":"SMU","name":"SMU","nickname":"Mustangs","city":"Dallas","state":"TX",
             "coordinates":{"latitude":32.8412,"longitude":-96.7845},"timeZone":"America/Chicago",
             "venues":{"arena":{"name":"Moody Coliseum","capacity":7000,"latitude":32.8398,"longitude":-96.7820},
                       "stadium":{"name":"Gerald J. Ford Stadium","capacity":32000,"latitude":32.8375,"longitude":-96.7829}}}""";

    private EmbeddedTopology topology;
    private Api api;

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

    @Test
    void nextSeasonIsPreparedThroughTheApiAndScheduledByItsOwnRules() {
        Api.Reply copy = api.post("/api/v1/seasons/2025-26/copy", "{\"id\":\"2026-27\"}", "Idempotency-Key", "copy-2026-27");
        assertThat(copy.status()).as(String.valueOf(copy.body())).isEqualTo(201);
        // 364 days on: the same weekdays, a year later
        assertThat(copy.body().at("/document/sports/1/window/from").asString()).isEqualTo("2026-12-29");

        Api.Reply moved = api.patch("/api/v1/seasons/2026-27/sports/MBB", "{\"window\":{\"from\":\"2027-01-02\",\"to\":\"2027-03-13\"}}",
                "If-Match", copy.header("ETag"));
        assertThat(moved.status()).as(String.valueOf(moved.body())).isEqualTo(200);
        Api.Reply blackout = api.post("/api/v1/seasons/2026-27/blackouts",
                "{\"teams\":\"all\",\"from\":\"2027-01-18\",\"to\":\"2027-01-20\",\"reason\":\"conference meetings\"}",
                "If-Match", moved.header("ETag"));
        assertThat(blackout.status()).as(String.valueOf(blackout.body())).isEqualTo(201);
        Api.Reply footballBlackout = api.post("/api/v1/seasons/2026-27/blackouts",
                "{\"teams\":[\"KU\",\"SMU\"],\"date\":\"2026-10-10\",\"reason\":\"stadium concert\"}", "If-Match", blackout.header("ETag"));
        assertThat(footballBlackout.status()).as("SMU is not a member yet").isEqualTo(422);
        assertThat(footballBlackout.body().get("field").asString()).isEqualTo("blackouts[6].teams[1]");
        Api.Reply removed = api.delete("/api/v1/seasons/2026-27/schools/CIN", "If-Match", blackout.header("ETag"));
        assertThat(removed.status()).isEqualTo(200);
        Api.Reply added = api.post("/api/v1/seasons/2026-27/schools", SMU, "If-Match", removed.header("ETag"));
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        Api.Reply smuBlackout = api.post("/api/v1/seasons/2026-27/blackouts",
                "{\"teams\":[\"KU\",\"SMU\"],\"date\":\"2026-10-10\",\"reason\":\"stadium concert\"}", "If-Match", added.header("ETag"));
        assertThat(smuBlackout.status()).isEqualTo(201);

        Api.Reply season = api.get("/api/v1/seasons/2026-27");
        int version = season.body().get("version").asInt();
        assertThat(version).isEqualTo(6);
        JsonNode document = season.body().get("document");

        // the constraints service learns of 2026-27 from the scheduler: MBB gets its own set, FB keeps the defaults
        Api.Reply set = api.post("/api/v1/constraint-sets", "{\"sport\":\"MBB\",\"season\":\"2026-27\"}");
        assertThat(set.status()).as(String.valueOf(set.body())).isEqualTo(201);
        assertThat(set.body().get("id").asString()).isEqualTo("mbb-2026-27");

        Map<String, String> jobs = new LinkedHashMap<>();
        for (String sport : List.of("MBB", "FB")) {
            Api.Reply created = api.post("/api/v1/schedules", "{\"sport\":\"" + sport + "\",\"season\":\"2026-27\","
                    + (sport.equals("MBB") ? "\"constraintSetVersion\":1," : "") + "\"options\":{\"budgetSeconds\":2}}");
            assertThat(created.status()).as(sport + ": " + created.body()).isEqualTo(202);
            assertThat(created.body().get("seasonVersion").asInt()).isEqualTo(version);
            jobs.put(sport, created.header("Location"));
        }
        // an edit after the request changes nothing about the schedules: they were asked of version 6
        assertThat(api.post("/api/v1/seasons/2026-27/blackouts", "{\"teams\":\"all\",\"date\":\"2027-02-03\",\"reason\":\"late\"}",
                "If-Match", smuBlackout.header("ETag"))
                .status()).isEqualTo(201);

        jobs.forEach((sport, location) -> {
            JsonNode job = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.get(location).body(), j -> j.get("state").asString().matches("completed|failed|cancelled"));
            assertThat(job.get("state").asString()).as(sport + ": " + job.get("error")).isEqualTo("completed");
            assertThat(job.get("seasonVersion").asInt()).isEqualTo(version);
            if (sport.equals("MBB")) {
                assertThat(job.at("/constraintSet/id").asString()).isEqualTo("mbb-2026-27");
                assertThat(job.at("/constraintSet/version").asInt()).isEqualTo(1);
            } else {
                assertThat(job.path("constraintSet").isNull()).as("FB has no set: its default rules").isTrue();
            }
            String scheduleId = job.get("scheduleId").asString();
            JsonNode schedule = api.get("/api/v1/schedules/" + scheduleId).body();
            assertThat(schedule.get("seasonVersion").asInt()).isEqualTo(version);
            assertThat(schedule.get("hardViolations").asInt()).as(sport + " hard violations").isZero();
            JsonNode games = api.get("/api/v1/schedules/" + scheduleId + "/games").body();
            assertThat(check(document, sport, games)).as(sport + " by the 2026-27 rules").isEmpty();
            Set<String> teams = new HashSet<>();
            games.forEach(g -> {
                teams.add(g.get("home").asString());
                teams.add(g.get("away").asString());
            });
            assertThat(teams).as(sport + " teams").hasSize(16).contains("SMU").doesNotContain("CIN");
        });
    }

    /** Every way the games break the season document's rules for the sport (none: an empty list). */
    private static List<String> check(JsonNode document, String code, JsonNode games) {
        JsonNode sport = null;
        for (JsonNode s : document.get("sports")) {
            if (s.get("code").asString().equals(code)) {
                sport = s;
            }
        }
        List<String> teams = new ArrayList<>();
        document.get("schools").forEach(s -> teams.add(s.get("code").asString()));
        LocalDate from = LocalDate.parse(sport.at("/window/from").asString());
        LocalDate to = LocalDate.parse(sport.at("/window/to").asString());
        Set<DayOfWeek> days = new HashSet<>();
        sport.at("/window/playDays").forEach(d -> days.add(day(d.asString())));
        List<String> problems = new ArrayList<>();
        Map<String, Integer> played = new HashMap<>();
        Set<String> busy = new HashSet<>();
        for (JsonNode g : games) {
            String h = g.get("home").asString();
            String a = g.get("away").asString();
            LocalDate date = LocalDate.parse(g.get("date").asString());
            String game = date + " " + a + "@" + h;
            if (date.isBefore(from) || date.isAfter(to)) {
                problems.add(game + ": outside " + from + ".." + to);
            }
            if (!days.contains(date.getDayOfWeek())) {
                problems.add(game + ": not on a play day " + days);
            }
            for (String team : List.of(h, a)) {
                if (!teams.contains(team)) {
                    problems.add(game + ": " + team + " is no school of the season");
                }
                played.merge(team, 1, Integer::sum);
                if (!busy.add(team + date)) {
                    problems.add(game + ": " + team + " plays twice that day");
                }
                for (JsonNode b : document.get("blackouts")) {
                    if (blocks(b, team, date)) {
                        problems.add(game + ": " + team + " is blacked out (" + b + ")");
                    }
                }
            }
        }
        int perTeam = sport.at("/format/gamesPerTeam").asInt();
        teams.stream().filter(t -> played.getOrDefault(t, 0) != perTeam)
                .forEach(t -> problems.add(t + " plays " + played.getOrDefault(t, 0) + " games, not " + perTeam));
        return problems;
    }

    private static boolean blocks(JsonNode blackout, String team, LocalDate date) {
        JsonNode teams = blackout.get("teams");
        boolean applies = teams.isString() ? teams.asString().equals("all") : teams.toString().contains("\"" + team + "\"");
        if (!applies) {
            return false;
        }
        if (blackout.has("date")) {
            return date.equals(LocalDate.parse(blackout.get("date").asString()));
        }
        if (blackout.has("from")) {
            return !date.isBefore(LocalDate.parse(blackout.get("from").asString()))
                    && !date.isAfter(LocalDate.parse(blackout.get("to").asString()));
        }
        String rule = blackout.get("rule").asString().toLowerCase(Locale.ROOT);
        return rule.contains(date.getDayOfWeek().name().toLowerCase(Locale.ROOT));
    }

    private static DayOfWeek day(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(text.toUpperCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
