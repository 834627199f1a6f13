package org.flextime.conflicts.detection;

import java.util.ArrayList;
import java.util.List;
import org.flextime.engine.conflicts.RuleViolation;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.rules.ScheduleValidator;
import org.flextime.rules.Severity;
import org.flextime.platform.web.Backoff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hard violations of a schedule under its sport's active constraint set, from the constraints service (the
 * service that owns the sets validates; detection does not guess the rules). An unreachable or failing service is
 * asked again with a doubling backoff; then detection fails with the reason, and the event is delivered again later.
 */
public class HardViolations {

    /** The constraints service could not answer. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ConstraintsApi api;
    private final Backoff backoff;
    private final ObjectMapper json;

    /** Violations from {@code api}, retried as {@code backoff} allows. */
    public HardViolations(ConstraintsApi api, Backoff backoff, ObjectMapper json) {
        this.api = api;
        this.backoff = backoff;
        this.json = json;
    }

    /** Without a constraints service: the violations of the sport's default set, checked here. */
    public static HardViolations local() {
        return new HardViolations(null, null, null);
    }

    /** The hard violations of the games of a schedule of the sport, judged by the season's data. */
    public List<RuleViolation> of(String scheduleId, Season s, String sport, List<Game> games) {
        String season = s.id();
        if (api == null) {
            return new ScheduleValidator().validate(s, s.sport(sport).orElseThrow(), games).violations().stream()
                    .filter(v -> v.severity() == Severity.HARD)
                    .map(v -> new RuleViolation(v.rule(), v.explanation(), v.gameIds(), v.teams())).toList();
        }
        ObjectNode request = json.createObjectNode().put("scheduleId", scheduleId);
        ObjectNode schedule = request.putObject("schedule").put("sport", sport).put("season", season);
        ArrayNode list = schedule.putArray("games");
        for (Game g : games) {
            list.addObject().put("id", g.id()).put("date", g.date().toString()).put("home", g.home()).put("away", g.away())
                    .put("venue", g.venue());
        }
        JsonNode answer;
        try {
            answer = backoff.call(() -> api.validate(request));
        } catch (Backoff.GaveUp e) {
            throw new Unavailable("constraints service " + (e.refused() ? "refused the validation: " : "unavailable for "
                    + backoff.retryFor().toSeconds() + " s: ") + e.getMessage(), e);
        }
        List<RuleViolation> out = new ArrayList<>();
        for (JsonNode v : answer.path("violations")) {
            if (v.path("severity").asString().equals("HARD")) {
                out.add(new RuleViolation(v.path("rule").asString(), v.path("explanation").asString(), strings(v.path("gameIds")),
                        strings(v.path("teams"))));
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
