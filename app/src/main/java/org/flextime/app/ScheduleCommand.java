package org.flextime.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flextime.scheduler.export.ExportFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code schedule --season ID --sport MBB [--teams A,B,...] --out FILE} (or {@code --instance robinx:NAME}): requests a
 * schedule from a running FlexTime through its public API, waits for the job, and writes the export whose format the
 * file's extension names ({@code .xlsx}, {@code .ics}, {@code .csv}, {@code .json}, {@code .xml} for RobinX). Any
 * failure is one readable line on the error stream and a non-zero exit: 2 for bad usage, 1 for the rest.
 */
final class ScheduleCommand {

    static final String USAGE = "usage: schedule (--season ID --sport CODE [--teams A,B,...] | --instance robinx:NAME) --out FILE"
            + " [--seed S] [--budget SECONDS] [--engine cpsat|anneal] [--iterations I] [--moves M] [--threads T] [--url URL]"
            + " [--timeout SECONDS]";

    /** The parsed command line. */
    record Options(String url, String season, String sport, List<String> teams, String instance, Path out, ExportFormat format,
                   Map<String, Object> solverOptions, Duration timeout) {
    }

    /** A failure to report in one line. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final java.util.function.Supplier<String> token;

    /** The command, calling with the token {@link CallerToken} finds in the environment. */
    ScheduleCommand() {
        this(CallerToken::fromEnvironment);
    }

    /** The command, calling with {@code token}. */
    ScheduleCommand(java.util.function.Supplier<String> token) {
        this.token = token;
    }

    /** Runs the command; the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("schedule: " + e.getMessage() + " (" + USAGE + ")");
            return 2;
        }
        try {
            JsonNode job = request(options);
            String scheduleId = job.get("scheduleId").asString();
            byte[] file = export(options, scheduleId);
            Path parent = options.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(options.out(), file);
            out.println("wrote " + options.out() + " (" + options.format().id() + ", schedule " + scheduleId + ", engine "
                    + job.path("engine").asString("?") + ")");
            return 0;
        } catch (Failure e) {
            err.println("schedule: " + e.getMessage());
        } catch (ConnectException e) {
            err.println("schedule: no FlexTime answers at " + options.url() + " (start it with ./flextime start)");
        } catch (IOException e) {
            err.println("schedule: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("schedule: interrupted");
        }
        return 1;
    }

    /** Posts the request and waits for its job to complete; the completed job. */
    private JsonNode request(Options options) throws IOException, InterruptedException, Failure {
        Map<String, Object> body = new LinkedHashMap<>();
        if (options.instance() != null) {
            body.put("instance", options.instance());
        } else {
            body.put("season", options.season());
            body.put("sport", options.sport());
            if (options.teams() != null) {
                body.put("teams", options.teams());
            }
        }
        if (!options.solverOptions().isEmpty()) {
            body.put("options", options.solverOptions());
        }
        HttpResponse<String> created = http.send(CallerToken.signed(HttpRequest.newBuilder(URI.create(options.url() + "/api/v1/schedules")), token.get())
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202) {
            throw new Failure("the request was refused: " + problem(created));
        }
        String jobUrl = options.url() + created.headers().firstValue("Location").orElseThrow(() -> new Failure("no job location"));
        Instant deadline = Instant.now().plus(options.timeout());
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> polled = http.send(CallerToken.signed(HttpRequest.newBuilder(URI.create(jobUrl)), token.get()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (polled.statusCode() != 200) {
                throw new Failure("job " + jobUrl + ": " + problem(polled));
            }
            JsonNode job = json.readTree(polled.body());
            String state = job.get("state").asString();
            switch (state) {
                case "completed" -> {
                    return job;
                }
                case "failed", "cancelled" -> throw new Failure("job " + job.get("id").asString() + " " + state + ": "
                        + job.path("error").asString(""));
                default -> Thread.sleep(500);
            }
        }
        throw new Failure("the job did not complete within " + options.timeout().toSeconds() + " s (" + jobUrl + ")");
    }

    private byte[] export(Options options, String scheduleId) throws IOException, InterruptedException, Failure {
        String url = options.url() + "/api/v1/schedules/" + scheduleId + "/export?format=" + options.format().id();
        HttpResponse<byte[]> answer = http.send(CallerToken.signed(HttpRequest.newBuilder(URI.create(url)), token.get()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new Failure("the export was refused (" + answer.statusCode() + "): "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer.body();
    }

    /** A problem answer in one line: status, detail and the field it names. */
    private String problem(HttpResponse<String> answer) {
        try {
            JsonNode p = json.readTree(answer.body());
            String field = p.path("field").asString("");
            return answer.statusCode() + " " + p.path("detail").asString(answer.body()) + (field.isEmpty() ? "" : " (field " + field + ")");
        } catch (RuntimeException e) {
            return answer.statusCode() + " " + answer.body();
        }
    }

    static Options parse(List<String> args) {
        String url = "http://127.0.0.1:" + System.getenv().getOrDefault("FLEXTIME_PORT", "8080");
        String season = null;
        String sport = null;
        List<String> teams = null;
        String instance = null;
        Path out = null;
        Map<String, Object> solver = new LinkedHashMap<>();
        Duration timeout = Duration.ofSeconds(600);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--url" -> url = value(args, ++i, arg).replaceAll("/+$", "");
                case "--season" -> season = value(args, ++i, arg);
                case "--sport" -> sport = value(args, ++i, arg);
                case "--teams" -> teams = new ArrayList<>(List.of(value(args, ++i, arg).split(",")));
                case "--instance" -> instance = value(args, ++i, arg);
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--seed" -> solver.put("seed", whole(arg, value(args, ++i, arg)));
                case "--budget" -> solver.put("budgetSeconds", whole(arg, value(args, ++i, arg)));
                case "--moves" -> solver.put("moves", whole(arg, value(args, ++i, arg)));
                case "--iterations" -> solver.put("iterations", whole(arg, value(args, ++i, arg)));
                case "--threads" -> solver.put("threads", whole(arg, value(args, ++i, arg)));
                case "--engine" -> solver.put("engine", value(args, ++i, arg));
                case "--timeout" -> timeout = Duration.ofSeconds(whole(arg, value(args, ++i, arg)));
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
        Path file = out;
        ExportFormat format = ExportFormat.byFileName(out.getFileName().toString()).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format from " + file.getFileName() + "; end it in .xlsx, .ics, .csv, .json or .xml (RobinX)"));
        if (instance == null && (season == null || sport == null)) {
            throw new IllegalArgumentException("give --season and --sport, or --instance");
        }
        if (instance != null && (season != null || sport != null || teams != null)) {
            throw new IllegalArgumentException("--instance replaces --season, --sport and --teams");
        }
        return new Options(url, season, sport, teams, instance, out, format, solver, timeout);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static long whole(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a whole number, got \"" + value + "\"");
        }
    }
}
