package org.flextime.conflicts.detection;

import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.platform.web.Backoff;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.DefaultRules;
import tools.jackson.databind.JsonNode;

/**
 * The constraint set a sport's schedule is judged by, from the constraints service that owns the sets: the version the
 * schedule was made under when the saga names one, else the active one; the sport's default set when the sport has no
 * set of that version or no constraints service is configured. What counts as a double booking (a series doubleheader)
 * and which proposals add a hard violation follow from it.
 */
public class ConstraintSets {

    private final ConstraintSetsApi api;
    private final Backoff backoff;
    private final ConstraintSetDocument documents = new ConstraintSetDocument();

    /** Sets from {@code api} (null: always the defaults), asked again as {@code backoff} allows. */
    public ConstraintSets(ConstraintSetsApi api, Backoff backoff) {
        this.api = api;
        this.backoff = backoff;
    }

    /** The sport's set: {@code version} of it (null: the active one); throws {@link HardViolations.Unavailable}. */
    public ConstraintSet of(Season season, Sport sport, Integer version) {
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

    private JsonNode call(java.util.function.Supplier<JsonNode> request) {
        try {
            return backoff.call(request);
        } catch (Backoff.GaveUp e) {
            throw new HardViolations.Unavailable("constraints service " + (e.refused() ? "refused: " : "unavailable: ")
                    + e.getMessage(), e);
        }
    }
}
