package org.flextime.constraints.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import org.flextime.domain.GameStarts;
import org.flextime.rules.ValidationReport;
import org.flextime.rules.Violation;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.IncrementalValidation;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.contracts.api.GameView;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;

/**
 * Validates schedules against constraint sets. Results are cached by (schedule content hash, set version); a
 * schedule validated before against the same version is re-validated incrementally from its last state, so a
 * change re-evaluates only the rules, teams and games it touches.
 */
public class ScheduleValidations {

    /** {@code POST /api/v1/constraints/validate}: a schedule id, an inline schedule, or both (the id then keys incremental state). */
    public record Request(String scheduleId, Schedule schedule, Integer constraintSetVersion) {
    }

    /** An inline schedule. */
    public record Schedule(String sport, String season, List<GameView> games) {
    }

    /** The constraint set version a result was computed with. */
    public record SetRef(String id, int version, String contentHash) {
    }

    /**
     * The answer: totals, every violation with its explanation, and how it was computed ("full", "incremental"
     * with the number of rule evaluations, or "cached").
     */
    public record Result(String scheduleId, String sport, String season, SetRef constraintSet, String scheduleHash, boolean feasible,
                         int hardViolations, int softPenalty, String evaluation, int evaluatedUnits, List<Violation> violations) {
    }

    private static final int CACHE_SIZE = 512;
    private static final int SESSIONS = 64;

    private final ConstraintSets sets;
    private final SchedulerClient scheduler;
    private final Map<String, Result> cache = lru(CACHE_SIZE);
    private final Map<String, IncrementalValidation> sessions = lru(SESSIONS);

    /** Validations over the service's constraint sets. */
    public ScheduleValidations(ConstraintSets sets, SchedulerClient scheduler) {
        this.sets = sets;
        this.scheduler = scheduler;
    }

    /** Validates the request's schedule. */
    public Result validate(Request request) {
        if (request == null || (request.schedule() == null && blank(request.scheduleId()))) {
            throw new InvalidFieldException("schedule", "give a scheduleId or an inline schedule {sport, season, games}", 422);
        }
        SchedulerClient.Fetched fetched = request.schedule() != null ? null : fetch(request.scheduleId());
        Schedule schedule = fetched == null ? request.schedule()
                : new Schedule(fetched.summary().sport(), fetched.summary().season(), fetched.games());
        if (blank(schedule.sport())) {
            throw new InvalidFieldException("schedule.sport", "sport is required", 422);
        }
        if (blank(schedule.season())) {
            throw new InvalidFieldException("schedule.season", "season is required", 422);
        }
        // a stored schedule is judged by the season version it was built from, not by whatever the season is now
        Season season = (fetched == null || fetched.summary().seasonVersion() == null ? Optional.<Season>empty()
                : scheduler.season(schedule.season(), fetched.summary().seasonVersion()))
                .orElseGet(() -> sets.season(schedule.season(), "schedule.season"));
        Sport sport = sets.sport(season, schedule.sport(), "schedule.sport");
        List<Game> games = games(schedule.games());
        ConstraintSets.Resolved rules = sets.resolve(season, sport, request.constraintSetVersion());
        String hash = hash(sport, season, games);
        String cacheKey = hash + "|" + rules.key();
        String scheduleId = request.scheduleId();
        SetRef ref = new SetRef(rules.setId(), rules.version(), rules.contentHash());
        synchronized (cache) {
            Result hit = cache.get(cacheKey);
            if (hit != null) {
                return new Result(scheduleId, hit.sport(), hit.season(), ref, hash, hit.feasible(), hit.hardViolations(), hit.softPenalty(),
                        "cached", 0, hit.violations());
            }
        }
        String sessionKey = (blank(scheduleId) ? "inline:" + season.id() + ":" + sport.code() : scheduleId) + "|" + rules.key();
        IncrementalValidation state;
        synchronized (sessions) {
            state = sessions.remove(sessionKey);
        }
        String how;
        ValidationReport report;
        int units;
        // past a quarter of the games a fresh start is as cheap as replaying the changes
        if (state != null && changes(state.games(), games) <= Math.max(1, games.size() / 4)) {
            report = update(state, games);
            how = "incremental";
        } else {
            state = rules.compiled().start(games);
            report = state.report();
            how = "full";
        }
        units = state.lastEvaluations();
        synchronized (sessions) {
            sessions.put(sessionKey, state);
        }
        Result result = new Result(scheduleId, sport.code(), season.id(), ref, hash, report.feasible(), report.hardViolations(),
                report.softPenalty(), how, units, report.violations());
        synchronized (cache) {
            cache.put(cacheKey, result);
        }
        return result;
    }

    private SchedulerClient.Fetched fetch(String scheduleId) {
        if (!scheduler.configured()) {
            throw new InvalidFieldException("schedule", "this deployment cannot fetch schedules (flextime.scheduler.url is not set): "
                    + "send the schedule inline as {sport, season, games}", 422);
        }
        return scheduler.fetch(scheduleId).orElseThrow(() -> new NotFoundException("schedule", scheduleId));
    }

    private static ValidationReport update(IncrementalValidation state, List<Game> games) {
        Map<String, Game> before = new LinkedHashMap<>();
        state.games().forEach(g -> before.put(g.id(), g));
        List<Game> upserts = new ArrayList<>();
        Set<String> now = new HashSet<>();
        for (Game g : games) {
            now.add(g.id());
            if (!g.equals(before.get(g.id()))) {
                upserts.add(g);
            }
        }
        List<String> removals = before.keySet().stream().filter(id -> !now.contains(id)).toList();
        return state.update(upserts, removals);
    }

    private static int changes(List<Game> before, List<Game> after) {
        Map<String, Game> old = new LinkedHashMap<>();
        before.forEach(g -> old.put(g.id(), g));
        int changed = 0;
        for (Game g : after) {
            if (!g.equals(old.remove(g.id()))) {
                changed++;
            }
        }
        return changed + old.size();
    }

    private static List<Game> games(List<GameView> views) {
        if (views == null) {
            throw new InvalidFieldException("schedule.games", "games are required", 422);
        }
        List<Game> games = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < views.size(); i++) {
            GameView v = views.get(i);
            String at = "schedule.games[" + i + "]";
            if (v == null) {
                throw new InvalidFieldException(at, "a game is required", 422);
            }
            try {
                games.add(new Game(v.id(), v.date(), v.home(), v.away(), v.venue(), GameStarts.parse(v.start())));
            } catch (NullPointerException | IllegalArgumentException e) {
                throw new InvalidFieldException(at, e.getMessage(), 422);
            }
            if (!ids.add(v.id())) {
                throw new InvalidFieldException(at + ".id", "game id '" + v.id() + "' appears twice", 422);
            }
        }
        return games;
    }

    /** The content hash of a schedule: its sport, season and games in id order. */
    static String hash(Sport sport, Season season, List<Game> games) {
        StringBuilder sb = new StringBuilder(sport.code()).append('|').append(season.id());
        games.stream().sorted(Comparator.comparing(Game::id)).forEach(g -> sb.append('\n').append(g.id()).append(',').append(g.date())
                .append(',').append(g.home()).append(',').append(g.away()).append(',').append(Objects.toString(g.venue(), "")));
        return ConstraintSetDocument.sha256(sb.toString());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }
}
