package org.flextime.conflicts.detection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.platform.web.Backoff;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import tools.jackson.databind.JsonNode;

/**
 * The constraint set a sport's schedule is judged by, from the constraints service that owns the sets: the version the
 * schedule was made under when the saga names one, else the active one; the sport's default set when the sport has no
 * set of that version or no constraints service is configured. What counts as a double booking (a series doubleheader),
 * which hard violations a version has and which proposals add one follow from it.
 *
 * <p>Detection runs on every edit, so the sets are kept here rather than asked for each time: a named version forever (a
 * version never changes), the active set until {@code constraints.changed} says it changed ({@link #forget}) or, for a
 * replica that event did not reach, until it is {@code freshFor} old. Each set is compiled once per season it judges.
 */
public class ConstraintSets {

    private record Kept(ConstraintSet set, Instant fetched, Season season, CompiledSet compiled) {
    }

    private static final int KEPT = 64;

    private final ConstraintSetsApi api;
    private final Backoff backoff;
    private final Duration freshFor;
    private final Clock clock;
    private final ConstraintSetDocument documents = new ConstraintSetDocument();
    private final Map<String, Kept> kept = new HashMap<>();

    /** Sets from {@code api} (null: always the defaults), asked again as {@code backoff} allows, the active one kept 30 s. */
    public ConstraintSets(ConstraintSetsApi api, Backoff backoff) {
        this(api, backoff, Duration.ofSeconds(30), Clock.systemUTC());
    }

    /** As above, an active set kept at most {@code freshFor} by {@code clock} unless {@link #forget} drops it sooner. */
    public ConstraintSets(ConstraintSetsApi api, Backoff backoff, Duration freshFor, Clock clock) {
        this.api = api;
        this.backoff = backoff;
        this.freshFor = freshFor;
        this.clock = clock;
    }

    /** The sport's set: {@code version} of it (null: the active one); throws {@link HardViolations.Unavailable}. */
    public ConstraintSet of(Season season, Sport sport, Integer version) {
        return kept(season, sport, version).set();
    }

    /** The sport's active set compiled for the season; throws {@link HardViolations.Unavailable}. */
    public CompiledSet active(Season season, Sport sport) {
        return kept(season, sport, null).compiled();
    }

    /** Drops the kept active set of the season's sport: the constraints service activated another version. */
    public void forget(String season, String sport) {
        synchronized (kept) {
            kept.remove(key(season, sport, null));
        }
    }

    private Kept kept(Season season, Sport sport, Integer version) {
        String key = key(season.id(), sport.code(), version);
        Instant now = clock.instant();
        Kept k;
        synchronized (kept) {
            k = kept.get(key);
        }
        if (k != null && (version != null || now.isBefore(k.fetched().plus(freshFor)))) {
            if (k.season() == season) {
                return k;
            }
            // the same set judging another season object (another season version): compiled anew for it
            k = new Kept(k.set(), k.fetched(), season, new RuleCompiler().compile(k.set(), season));
        } else {
            ConstraintSet set = fetch(season, sport, version);
            k = new Kept(set, now, season, new RuleCompiler().compile(set, season));
        }
        synchronized (kept) {
            if (kept.size() >= KEPT && !kept.containsKey(key)) {
                kept.clear();
            }
            kept.put(key, k);
        }
        return k;
    }

    private ConstraintSet fetch(Season season, Sport sport, Integer version) {
        if (api != null && (version == null || version > 0)) {
            JsonNode sets = call(() -> api.sets(season.id(), sport.code()));
            for (JsonNode s : sets) {
                JsonNode active = s.get("activeVersion");
                int v = version != null ? version : active == null || active.isNull() ? 0 : active.asInt();
                if (v > 0 && sport.code().equalsIgnoreCase(s.path("sport").asString())) {
                    JsonNode doc = call(() -> api.version(s.get("id").asString(), v));
                    return documents.read(doc.get("document"), sport.code(), season.id());
                }
            }
        }
        return new DefaultRules().forSport(season, sport);
    }

    private static String key(String season, String sport, Integer version) {
        return season + "|" + sport.toUpperCase(java.util.Locale.ROOT) + "|" + (version == null ? "active" : version);
    }

    private JsonNode call(java.util.function.Supplier<JsonNode> request) {
        try {
            return backoff.call(request);
        } catch (Backoff.GaveUp e) {
            throw new HardViolations.Unavailable("constraints service " + (e.refused() ? "refused: " : "unavailable: ")
                    + e.getMessage(), e);
        }
    }
}
