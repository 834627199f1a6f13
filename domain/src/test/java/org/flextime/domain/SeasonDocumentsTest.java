package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class SeasonDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String bundled = SeasonCatalog.bundledDocuments().get("2025-26");

    private ObjectNode document() {
        return (ObjectNode) JSON.readTree(bundled);
    }

    @Test
    void theBundledSeasonAsADocumentReadsAsTheCatalogSeason() {
        Season fromDocument = SeasonDocuments.read(bundled);
        Season fromFiles = SeasonCatalog.bundled().find("2025-26").orElseThrow();

        assertThat(fromDocument).isEqualTo(fromFiles);
    }

    @Test
    void aSchoolInlineCarriesItsVenuesWithCapacityAndCoordinates() {
        ObjectNode ku = (ObjectNode) document().get("schools").get(8);

        assertThat(ku.get("code").asString()).isEqualTo("KU");
        assertThat(ku.get("venues").get("arena").get("name").asString()).isEqualTo("Allen Fieldhouse");
        assertThat(ku.get("venues").get("arena").get("capacity").asInt()).isEqualTo(16300);
        assertThat(ku.get("timeZone").asString()).isEqualTo("America/Chicago");
    }

    @Test
    void anUnknownSchoolInARivalryIsNamedByItsPath() {
        assertProblem(d -> ((ArrayNode) d.get("sports").get(0).get("protectedRivalries").get(1)).set(0, "SMU"),
                "sports[0].protectedRivalries[1][0]", "unknown team 'SMU'");
    }

    @Test
    void aWindowWithTooFewPlayDaysForTheFormatIsRejected() {
        // football plays 9 Saturdays; 2025-09-06 to 2025-10-25 holds 8
        assertProblem(d -> ((ObjectNode) d.get("sports").get(0).get("window")).put("to", "2025-10-25"),
                "sports[0].window", "has 8 play days");
    }

    @Test
    void aSeriesWindowWithTooFewWeeksIsRejected() {
        // baseball plays 10 series; moving the start a week later leaves 9 weekends
        assertProblem(d -> ((ObjectNode) d.get("sports").get(5).get("window")).put("from", "2026-03-20"),
                "sports[5].window", "has 9 series weeks");
    }

    @Test
    void aVenueWithoutCoordinatesIsRejected() {
        assertProblem(d -> ((ObjectNode) d.get("schools").get(2).get("venues").get("stadium")).remove("latitude"),
                "schools[2].venues.stadium.latitude", "is required");
    }

    @Test
    void aSchoolWithoutCoordinatesIsRejected() {
        assertProblem(d -> ((ObjectNode) d.get("schools").get(0)).remove("coordinates"),
                "schools[0].coordinates", "is required");
    }

    @Test
    void aBadDateIsNamedByItsPath() {
        assertProblem(d -> ((ObjectNode) d.get("sports").get(2).get("window")).put("from", "2025-02-30"),
                "sports[2].window.from", "is not a date");
    }

    @Test
    void anUnknownTimeZoneIsRejected() {
        assertProblem(d -> ((ObjectNode) d.get("schools").get(1)).put("timeZone", "Mars/Olympus"),
                "schools[1].timeZone", "unknown time zone 'Mars/Olympus'");
    }

    @Test
    void aDuplicateSchoolCodeIsRejected() {
        assertProblem(d -> ((ObjectNode) d.get("schools").get(1)).put("code", "ARIZ"),
                "schools[1].code", "duplicate school code 'ARIZ'");
    }

    @Test
    void theCacheParsesAVersionOnceAndAChangedDocumentAgain() {
        SeasonDocuments cache = new SeasonDocuments(2);
        ObjectNode v1 = document();

        Season first = cache.season("2025-26", 1, v1);
        Season again = cache.season("2025-26", 1, document());
        ObjectNode other = document();
        other.put("conference", "Big Twelve");
        Season changed = cache.season("2025-26", 1, other);

        assertThat(again).isSameAs(first);
        assertThat(changed.conference()).isEqualTo("Big Twelve");
    }

    @Test
    void theCacheRefusesADocumentOfAnotherSeason() {
        assertThatThrownBy(() -> new SeasonDocuments(1).season("2026-27", 1, document()))
                .isInstanceOf(SeasonDataException.class)
                .hasMessageContaining("is '2025-26', expected '2026-27'");
    }

    private void assertProblem(Consumer<ObjectNode> edit, String path, String problem) {
        ObjectNode d = document();
        edit.accept(d);
        assertThatThrownBy(() -> SeasonDocuments.read(d))
                .isInstanceOf(SeasonDataException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((SeasonDataException) e).field()).isEqualTo(path));
    }
}
