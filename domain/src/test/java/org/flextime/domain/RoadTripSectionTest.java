package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The season file's {@code roadTrips} section: read as given, each absent limit defaulted, a bad one named. */
class RoadTripSectionTest {
    private static final String SECTION = "\"roadTrips\": {\"maxGapDays\": 3, \"maxDaysAway\": 7},";

    @Test
    void theSeasonNamesItsRoadTripRule() {
        assertThat(SeasonCatalog.fromDirectory(ReferenceData.directory("big12")).find("2025-26").orElseThrow().roadTrips())
                .isEqualTo(new RoadTripRule(3, 7));
    }

    @Test
    void absentLimitsTakeTheDefaults(@TempDir Path dir) throws IOException {
        assertThat(withSection(dir, "").roadTrips()).isEqualTo(RoadTripRule.DEFAULT);
        assertThat(withSection(dir, "\"roadTrips\": {\"maxGapDays\": 2},").roadTrips()).isEqualTo(new RoadTripRule(2, 7));
        assertThat(withSection(dir, "\"roadTrips\": {\"maxDaysAway\": 10},").roadTrips()).isEqualTo(new RoadTripRule(3, 10));
    }

    @Test
    void aZeroOrNegativeLimitNamesTheField(@TempDir Path dir) {
        assertThatThrownBy(() -> withSection(dir, "\"roadTrips\": {\"maxGapDays\": 0},"))
                .isInstanceOf(SeasonDataException.class).hasMessageContaining("roadTrips.maxGapDays");
        assertThatThrownBy(() -> withSection(dir, "\"roadTrips\": {\"maxDaysAway\": -1},"))
                .isInstanceOf(SeasonDataException.class).hasMessageContaining("roadTrips.maxDaysAway");
    }

    private static Season withSection(Path dir, String section) throws IOException {
        for (String f : List.of("schools.csv", "season-2025-26.json")) {
            Files.copy(ReferenceData.directory("big12").resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path json = dir.resolve("season-2025-26.json");
        String text = Files.readString(json);
        assertThat(text).contains(SECTION);
        Files.writeString(json, text.replace(SECTION, section));
        return SeasonCatalog.fromDirectory(dir).find("2025-26").orElseThrow();
    }
}
