package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flextime.platform.launch.TopologySettings;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every sport of the 2025-26 season scheduled through the public API at once, each result checked by a checker
 * written here from the reference data ({@code data/big12/season-2025-26.json} read as plain JSON), not by the
 * product's validator or model: games per team by the sport's format, the window, the play days (BYU's own where it
 * has them), BYU never on a Sunday, no game on a blackout, no team twice on one day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EverySportThroughTheApiTest {

    private static final List<String> SPORTS = List.of("FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN");
    private final ObjectMapper json = JsonMapper.builder().build();
    private EmbeddedTopology topology;
    private Api api;
    private JsonNode season;
    private List<String> schools;

    @BeforeAll
    void start() throws IOException {
        String root = System.getenv("FLEXTIME_DATA");
        assertThat(root).as("FLEXTIME_DATA (the repository's data/ directory)").isNotBlank();
        season = json.readTree(Path.of(root, "big12", "season-2025-26.json").toFile());
        schools = Files.readAllLines(Path.of(root, "big12", "schools.csv")).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",")[1]).toList();
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
    void everySportIsScheduledAndEveryResultPassesTheIndependentChecker() {
        Map<String, String> jobs = new LinkedHashMap<>();
        for (String sport : SPORTS) {
            Api.Reply created = api.post("/api/v1/schedules",
                    "{\"sport\":\"" + sport + "\",\"season\":\"2025-26\",\"options\":{\"budgetSeconds\":2}}");
            assertThat(created.status()).as(sport + ": " + created.body()).isEqualTo(202);
            jobs.put(sport, created.header("Location"));
        }
        Map<String, List<String>> problems = new TreeMap<>();
        jobs.forEach((sport, location) -> {
            JsonNode job = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .until(() -> api.get(location).body(), j -> j.get("state").asString().matches("completed|failed|cancelled"));
            if (!job.get("state").asString().equals("completed")) {
                problems.put(sport, List.of("job " + job.get("state").asString() + ": " + job.get("error")));
                return;
            }
            JsonNode games = api.get("/api/v1/schedules/" + job.get("scheduleId").asString() + "/games").body();
            List<String> found = check(sport, games);
            if (!found.isEmpty()) {
                problems.put(sport, found.size() > 12 ? found.subList(0, 12) : found);
            }
        });
        assertThat(problems).as("problems by sport").isEmpty();
    }

    private JsonNode sport(String code) {
        for (JsonNode s : season.get("sports")) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private List<String> check(String code, JsonNode games) {
        JsonNode sport = sport(code);
        JsonNode format = sport.get("format");
        JsonNode window = sport.get("window");
        List<String> teams = new ArrayList<>();
        if (sport.get("participants").isArray()) {
            sport.get("participants").forEach(t -> teams.add(t.asString()));
        } else {
            teams.addAll(schools);
        }
        LocalDate from = LocalDate.parse(window.get("from").asString());
        LocalDate to = LocalDate.parse(window.get("to").asString());
        boolean series = format.get("kind").asString().equals("series");
        Set<DayOfWeek> days = days(window.get(series ? "seriesDays" : "playDays"));
        JsonNode byuNode = window.has("byuSeriesDays") ? window.get("byuSeriesDays") : window.get("byuPlayDays");
        Set<DayOfWeek> byuDays = byuNode == null ? days : days(byuNode);
        Map<LocalDate, Set<DayOfWeek>> specialWeekends = specialWeekends(window, to);

        List<String> problems = new ArrayList<>();
        Map<String, Integer> played = new HashMap<>();
        Map<String, Integer> home = new HashMap<>();
        Map<String, Integer> meetings = new HashMap<>();
        Set<String> teamDays = new HashSet<>();
        Set<String> doubleheaders = new HashSet<>();
        for (JsonNode g : games) {
            String h = g.get("home").asString();
            String a = g.get("away").asString();
            LocalDate date = LocalDate.parse(g.get("date").asString());
            String game = date + " " + a + "@" + h;
            if (!teams.contains(h) || !teams.contains(a) || h.equals(a)) {
                problems.add(game + ": not two different participants");
            }
            if (date.isBefore(from) || date.isAfter(to)) {
                problems.add(game + ": outside the window " + from + ".." + to);
            }
            boolean byu = h.equals("BYU") || a.equals("BYU");
            Set<DayOfWeek> allowed = new HashSet<>(byu ? byuDays : days);
            specialWeekends.forEach((thursday, special) -> {
                // That weekend's series move to the special days for everyone (BYU's days already avoid Sunday).
                if (!byu && !date.isBefore(thursday) && !date.isAfter(thursday.plusDays(3))) {
                    allowed.clear();
                    allowed.addAll(special);
                }
            });
            // A blackout inside a series weekend (Easter Sunday, BYU's church conference) moves that weekend's series
            // one day earlier: its day before the first series day is allowed then, and only then.
            if (series && !allowed.contains(date.getDayOfWeek())
                    && allowed.contains(date.plusDays(1).getDayOfWeek())
                    && !allowed.contains(date.minusDays(1).getDayOfWeek())
                    && blackedOutWeekend(List.of(h, a), date)) {
                allowed.add(date.getDayOfWeek());
            }
            if (!allowed.contains(date.getDayOfWeek())) {
                problems.add(game + ": on a " + date.getDayOfWeek() + ", not a play day " + allowed);
            }
            // A series sport may play two games of one series on a day (a doubleheader: same home, away and day),
            // never a third, never two opponents.
            boolean doubleheader = series && teamDays.contains(h + " " + date) && teamDays.contains(a + " " + date)
                    && doubleheaders.add(a + "@" + h + " " + date) && seriesGameOn(games, h, a, date);
            for (String team : List.of(h, a)) {
                played.merge(team, 1, Integer::sum);
                if (!teamDays.add(team + " " + date) && !doubleheader) {
                    problems.add(game + ": " + team + " plays twice on " + date);
                }
                String blackout = blackout(team, date);
                if (blackout != null) {
                    problems.add(game + ": " + team + " on a blackout (" + blackout + ")");
                }
            }
            home.merge(h, 1, Integer::sum);
            meetings.merge(h.compareTo(a) < 0 ? h + "-" + a : a + "-" + h, 1, Integer::sum);
        }
        int perTeam = series ? format.get("seriesPerTeam").asInt() * format.get("gamesPerSeries").asInt() : format.get("gamesPerTeam").asInt();
        for (String team : teams) {
            int n = played.getOrDefault(team, 0);
            if (n != perTeam) {
                problems.add(team + " plays " + n + " games, the format says " + perTeam);
            }
            if (format.has("homeGames")) {
                int homeGames = home.getOrDefault(team, 0);
                if (homeGames < format.get("homeGames").get(0).asInt() || homeGames > format.get("homeGames").get(1).asInt()) {
                    problems.add(team + " has " + homeGames + " home games, the format says " + format.get("homeGames"));
                }
            }
        }
        problems.addAll(checkMeetings(format, teams, meetings, series));
        return problems;
    }

    /** How often each pair meets, by the format: once at most, twice for a double round robin's chosen pairs, whole series. */
    private static List<String> checkMeetings(JsonNode format, List<String> teams, Map<String, Integer> meetings, boolean series) {
        List<String> problems = new ArrayList<>();
        String kind = format.get("kind").asString();
        int max = switch (kind) {
            case "partial-double-round-robin" -> 2;
            case "series" -> format.get("gamesPerSeries").asInt();
            default -> 1;
        };
        meetings.forEach((pair, n) -> {
            if (n > max || (series && n % max != 0)) {
                problems.add(pair + " meet " + n + " times (" + kind + ")");
            }
        });
        if (kind.equals("round-robin")) {
            for (int i = 0; i < teams.size(); i++) {
                for (int j = i + 1; j < teams.size(); j++) {
                    String a = teams.get(i);
                    String b = teams.get(j);
                    if (meetings.getOrDefault(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a, 0) != 1) {
                        problems.add(a + " and " + b + " do not meet exactly once in a round robin");
                    }
                }
            }
        }
        if (format.has("opponentsTwice")) {
            for (String team : teams) {
                int twice = 0;
                int once = 0;
                for (Map.Entry<String, Integer> m : meetings.entrySet()) {
                    if (List.of(m.getKey().split("-")).contains(team)) {
                        twice += m.getValue() == 2 ? 1 : 0;
                        once += m.getValue() == 1 ? 1 : 0;
                    }
                }
                if (twice != format.get("opponentsTwice").asInt() || once != format.get("opponentsOnce").asInt()) {
                    problems.add(team + " meets " + twice + " opponents twice and " + once + " once, the format says "
                            + format.get("opponentsTwice") + " and " + format.get("opponentsOnce"));
                }
            }
        }
        return problems;
    }

    /** Whether a blackout of one of the teams falls within the four days after {@code date} (the moved series). */
    private boolean blackedOutWeekend(List<String> teams, LocalDate date) {
        for (String team : teams) {
            for (int d = 1; d <= 4; d++) {
                if (blackout(team, date.plusDays(d)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the day's first game of {@code away} at {@code home} is the same pairing (the doubleheader's other game). */
    private static boolean seriesGameOn(JsonNode games, String home, String away, LocalDate date) {
        List<JsonNode> all = new ArrayList<>();
        games.forEach(all::add);
        long sameDay = all.stream().filter(g -> g.get("date").asString().equals(date.toString()))
                .filter(g -> g.get("home").asString().equals(home) || g.get("away").asString().equals(home)
                        || g.get("home").asString().equals(away) || g.get("away").asString().equals(away))
                .count();
        long pairing = all.stream().filter(g -> g.get("date").asString().equals(date.toString()))
                .filter(g -> g.get("home").asString().equals(home) && g.get("away").asString().equals(away)).count();
        return pairing == 2 && sameDay == 2;
    }

    /** The weekends whose days the window moves (Easter, the final weekend), by their Thursday. */
    private static Map<LocalDate, Set<DayOfWeek>> specialWeekends(JsonNode window, LocalDate to) {
        Map<LocalDate, Set<DayOfWeek>> special = new HashMap<>();
        if (window.has("finalWeekendSeriesDays")) {
            LocalDate thursday = to;
            while (thursday.getDayOfWeek() != DayOfWeek.THURSDAY) {
                thursday = thursday.minusDays(1);
            }
            special.put(thursday, days(window.get("finalWeekendSeriesDays")));
        }
        if (window.has("easterWeekendSeriesDays")) {
            // Easter Sunday 2026 is April 5: its Thursday is April 2.
            special.put(LocalDate.of(2026, 4, 2), days(window.get("easterWeekendSeriesDays")));
        }
        return special;
    }

    private static Set<DayOfWeek> days(JsonNode names) {
        Set<DayOfWeek> days = new HashSet<>();
        for (JsonNode name : names) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(name.asString())) {
                    days.add(d);
                }
            }
        }
        assertThat(days).as("day names " + names).hasSize(names.size());
        return days;
    }

    /** The blackout that keeps this team from playing on this date, or null. */
    private String blackout(String team, LocalDate date) {
        for (JsonNode b : season.get("blackouts")) {
            JsonNode who = b.get("teams");
            boolean applies = who.isString() ? who.asString().equals("all") : contains(who, team);
            if (!applies) {
                continue;
            }
            if (b.has("rule") && b.get("rule").asString().contains("Sundays") && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return b.get("rule").asString();
            }
            if (b.has("date") && LocalDate.parse(b.get("date").asString()).equals(date)) {
                return b.get("reason").asString();
            }
            if (b.has("from") && !date.isBefore(LocalDate.parse(b.get("from").asString()))
                    && !date.isAfter(LocalDate.parse(b.get("to").asString()))) {
                return b.get("reason").asString();
            }
        }
        return null;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
