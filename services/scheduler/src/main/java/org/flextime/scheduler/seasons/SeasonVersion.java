package org.flextime.scheduler.seasons;

import java.time.Instant;
import org.flextime.domain.Season;
import tools.jackson.databind.JsonNode;

/**
 * One stored version of a season: its document as the API shows it and the saga carries it, and the season read from
 * it. Each call that answers one reads the document afresh, so a caller may not change what another sees.
 */
public record SeasonVersion(String id, int version, JsonNode document, Season season, String change, Instant createdAt) {

    /** The entity tag of this version: an edit sends it back as {@code If-Match}. */
    public String etag() {
        return Seasons.etag(version);
    }
}
