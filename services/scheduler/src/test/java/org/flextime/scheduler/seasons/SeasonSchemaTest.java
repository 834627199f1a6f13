package org.flextime.scheduler.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import org.flextime.contracts.api.SeasonSchema;
import org.flextime.domain.SeasonCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The published season schema holds the bundled season, and names the JSON path of what breaks it. */
class SeasonSchemaTest {

    private final SeasonSchema schema = new SeasonSchema();
    private final JsonMapper json = JsonMapper.builder().build();

    private ObjectNode bundled() {
        return (ObjectNode) json.readTree(SeasonCatalog.bundledDocuments().get("2025-26"));
    }

    @Test
    void theBundledSeasonMeetsItsOwnSchema() {
        assertThat(schema.problems(bundled())).isEmpty();
    }

    @Test
    void aNegativeVenueCapacityIsNamedByItsPath() {
        ObjectNode season = bundled();
        ((ObjectNode) season.get("schools").get(2).get("venues").get("arena")).put("capacity", -5);
        assertThat(schema.problems(season)).extracting(SeasonSchema.Problem::path).containsExactly("schools[2].venues.arena.capacity");
    }

    @Test
    void aMissingMemberIsNamedByItsOwnPath() {
        ObjectNode season = bundled();
        season.remove("conference");
        ((ObjectNode) season.get("sports").get(1)).remove("window");
        assertThat(schema.problems(season)).extracting(SeasonSchema.Problem::path).containsExactly("conference", "sports[1].window");
    }
}
