package org.flextime.scheduler.jobs;

import java.time.Duration;
import java.util.function.Supplier;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.platform.web.Backoff;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the sport's active constraint set from the constraints service's public API (no service reads another's
 * tables): the season's sets, then the active version's document. When no set is active the sport's default set is
 * used. When the service cannot be reached or answers with an error, it is asked again with a doubling backoff until
 * the retry window has passed, and then {@link ConstraintSetSource.Unavailable}: optimizing against other rules than
 * the ones the schedule is then validated with would hand out a schedule built for the wrong rules.
 */
public class ConstraintsClient implements ConstraintSetSource {

    private final ConstraintsApi api;
    private final Backoff backoff;
    private final ConstraintSetDocument documents = new ConstraintSetDocument();

    /** A client over {@code api}, retrying an unreachable service from {@code backoff} (doubling) for {@code retryFor}. */
    public ConstraintsClient(ConstraintsApi api, Duration backoff, Duration retryFor) {
        this.api = api;
        this.backoff = new Backoff(backoff, retryFor);
    }

    @Override
    public Choice active(Season season, Sport sport) {
        JsonNode sets = call(() -> api.sets(season.id(), sport.code()));
        for (JsonNode s : sets) {
            JsonNode active = s.get("activeVersion");
            if (active == null || active.isNull() || !sport.code().equalsIgnoreCase(s.path("sport").asString())) {
                continue;
            }
            String id = s.get("id").asString();
            int version = active.asInt();
            JsonNode v = call(() -> api.version(id, version));
            ConstraintSet set = documents.read(v.get("document"), sport.code(), season.id());
            String hash = v.path("contentHash").asString("");
            return new Choice(set, id, version, "constraint set " + id + " v" + version + (hash.isEmpty() ? "" : " (" + hash + ")"));
        }
        return Choice.defaults("no active constraint set for " + sport.code() + " " + season.id());
    }

    @Override
    public Choice version(Season season, Sport sport, int version) {
        if (version == 0) {
            return Choice.defaults("version 0 asked for");
        }
        JsonNode sets = call(() -> api.sets(season.id(), sport.code()));
        for (JsonNode s : sets) {
            if (!sport.code().equalsIgnoreCase(s.path("sport").asString())) {
                continue;
            }
            String id = s.get("id").asString();
            JsonNode v;
            try {
                v = call(() -> api.version(id, version));
            } catch (Unavailable e) {
                if (e.getCause() instanceof HttpClientErrorException.NotFound) {
                    throw new NoSuchVersion("constraint set " + id + " has no version " + version);
                }
                throw e;
            }
            ConstraintSet set = documents.read(v.get("document"), sport.code(), season.id());
            return new Choice(set, id, version, "constraint set " + id + " v" + version + " (asked for)");
        }
        return ConstraintSetSource.super.version(season, sport, version);
    }

    private JsonNode call(Supplier<JsonNode> request) {
        try {
            return backoff.call(request);
        } catch (Backoff.GaveUp e) {
            if (e.refused()) {
                // the service answered and refused: asking again gets the same answer
                throw new Unavailable("constraints service refused the request: " + e.getMessage(), e.getCause());
            }
            throw new Unavailable("constraints service unavailable for " + backoff.retryFor().toSeconds() + " s, so the sport's "
                    + "active constraint set is unknown (" + e.getMessage() + ")", e.getCause());
        }
    }
}
