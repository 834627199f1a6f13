package org.flextime.app;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a season through the public API as a scheduler would, waits for the saga, and prints
 * the schedule per team with the totals and the checks a conference office makes first.
 */
final class DemoClient {

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    DemoClient(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:" + System.getenv().getOrDefault("FLEXTIME_PORT", "8080"));
        String sport = option(args, "--sport", "MBB");
        String season = option(args, "--season", "2025-26");
        Duration timeout = Duration.ofSeconds(Long.parseLong(option(args, "--timeout", "180")));

        out.printf("Requesting a Big 12 %s %s schedule from %s ...%n", sport, season, url);
        HttpResponse<String> created = send(CallerToken.signed(HttpRequest.newBuilder(URI.create(url + "/api/v1/schedules")), CallerToken.fromEnvironment())
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("sport", sport, "season", season)))).build());
        if (created.statusCode() != 202) {
            return fail("the request was refused (" + created.statusCode() + "): " + detail(created.body()));
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode job = waitForJob(url + location, timeout);
        if (job == null) {
            return fail("the job did not finish within " + timeout.toSeconds() + " s (" + url + location + ")");
        }
        if (!job.get("state").asString().equals("completed")) {
            return fail("the job " + job.get("state").asString() + ": " + job.path("error").asString(""));
        }
        String scheduleId = job.get("scheduleId").asString();
        JsonNode schedule = json.readTree(get(url + "/api/v1/schedules/" + scheduleId));
        JsonNode games = json.readTree(get(url + "/api/v1/schedules/" + scheduleId + "/games"));
        JsonNode travel = json.readTree(get(url + "/api/v1/travel/" + scheduleId));
        print(schedule, games, travel);
        return 0;
    }

    private JsonNode waitForJob(String jobUrl, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String lastStep = "";
        String lastBest = "";
        Instant searchStarted = Instant.now();
        Instant nextProgress = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = json.readTree(get(jobUrl));
            String step = job.path("step").asString("");
            if (!step.equals(lastStep) && !step.isEmpty()) {
                out.printf("  saga step: %s%n", step);
                lastStep = step;
                searchStarted = Instant.now();
            }
            JsonNode progress = job.path("progress");
            if (step.equals("createDraft") && progress.hasNonNull("bestSoft")) {
                String best = String.format("%d hard, %,d soft", progress.get("bestHard").asInt(), progress.get("bestSoft").asLong());
                if (!best.equals(lastBest) || Instant.now().isAfter(nextProgress)) {
                    out.printf("    %5.1f s searched, best so far: %s%n", Duration.between(searchStarted, Instant.now()).toMillis() / 1000.0, best);
                    lastBest = best;
                    nextProgress = Instant.now().plusSeconds(5);
                }
            }
            String state = job.get("state").asString();
            if (state.equals("completed") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(250);
        }
        return null;
    }

    private void print(JsonNode schedule, JsonNode games, JsonNode travel) {
        Map<String, int[]> perTeam = new TreeMap<>();
        Map<String, Map<String, Integer>> meetings = new HashMap<>();
        Set<String> teamDays = new HashSet<>();
        int doubleBooked = 0;
        int byuSundays = 0;
        for (JsonNode g : games) {
            String home = g.get("home").asString();
            String away = g.get("away").asString();
            LocalDate date = LocalDate.parse(g.get("date").asString());
            perTeam.computeIfAbsent(home, t -> new int[2])[0]++;
            perTeam.computeIfAbsent(away, t -> new int[2])[1]++;
            meetings.computeIfAbsent(home, t -> new HashMap<>()).merge(away, 1, Integer::sum);
            meetings.computeIfAbsent(away, t -> new HashMap<>()).merge(home, 1, Integer::sum);
            for (String team : List.of(home, away)) {
                if (!teamDays.add(team + date)) {
                    doubleBooked++;
                }
                if (team.equals("BYU") && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    byuSundays++;
                }
            }
        }
        out.println();
        out.printf("Big 12 %s %s  (schedule %s, %s)%n", schedule.get("sport").asString(), schedule.get("season").asString(),
                schedule.get("id").asString(), schedule.get("state").asString());
        out.printf("%-6s %5s %5s %5s %8s %8s %12s%n", "team", "games", "home", "away", "twice", "once", "travel mi");
        for (Map.Entry<String, int[]> team : perTeam.entrySet()) {
            Map<String, Integer> opponents = meetings.get(team.getKey());
            long twice = opponents.values().stream().filter(n -> n == 2).count();
            long once = opponents.values().stream().filter(n -> n == 1).count();
            double miles = travel.path("milesPerTeam").path(team.getKey()).asDouble(0);
            out.printf("%-6s %5d %5d %5d %8d %8d %12s%n", team.getKey(), team.getValue()[0] + team.getValue()[1],
                    team.getValue()[0], team.getValue()[1], twice, once, String.format("%,.0f", miles));
        }
        out.println();
        out.printf("games: %d   hard violations: %d   conflicts: %d   travel miles: %,.0f   quality: %.1f%n",
                games.size(), schedule.get("hardViolations").asInt(), schedule.get("conflicts").asInt(),
                schedule.get("travelMiles").asDouble(), schedule.get("quality").asDouble());
        if (travel.hasNonNull("dollarsBefore")) {
            double before = travel.get("dollarsBefore").asDouble();
            double saving = travel.path("saving").asDouble(0);
            out.printf("travel: $%,.0f by the season's cost table; the saga's travel step took $%,.0f (%.1f%%) off the draft's $%,.0f, moving %d games%n",
                    travel.path("totalDollars").asDouble(), saving, before == 0 ? 0 : 100 * saving / before, before,
                    travel.path("changedGames").size());
        }
        out.printf("checks: team twice on one day: %d   BYU games on Sunday: %d   first game %s, last game %s%n",
                doubleBooked, byuSundays, games.get(0).get("date").asString(), games.get(games.size() - 1).get("date").asString());
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = send(CallerToken.signed(HttpRequest.newBuilder(URI.create(url)), CallerToken.fromEnvironment()).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + detail(response.body()));
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IllegalArgumentException("FlexTime is not answering at " + request.uri().getAuthority()
                    + " (start it with ./flextime start)");
        }
    }

    private String detail(String body) {
        try {
            return json.readTree(body).path("detail").asString(body);
        } catch (RuntimeException e) {
            return body;
        }
    }

    private int fail(String message) {
        System.err.println("demo: " + message);
        return 1;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i >= 0 && i + 1 < args.size()) {
            return args.get(i + 1);
        }
        return fallback;
    }
}
