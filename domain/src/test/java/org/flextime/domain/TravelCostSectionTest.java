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

/** The season file's {@code travelCost} section: read as given, a bad party, mode or table named by its path. */
class TravelCostSectionTest {
    private static final String PARTY = "\"FB\": 110,";
    private static final String BUS = "{\"mode\": \"charter-bus\",";

    @Test
    void theSeasonNamesItsTableAndEachSportsParty() {
        TravelCosts costs = SeasonCatalog.fromDirectory(ReferenceData.directory("big12")).find("2025-26").orElseThrow()
                .travelCosts();
        assertThat(costs.roadFactor()).isEqualTo(1.2);
        assertThat(costs.party("FB")).isEqualTo(110);
        assertThat(costs.party("MTEN")).isEqualTo(12);
        assertThat(costs.fares()).isEqualTo(TravelCosts.REFERENCE.fares());
    }

    @Test
    void aPartyOfZeroNamesTheSport(@TempDir Path dir) {
        assertThatThrownBy(() -> edited(dir, PARTY, "\"FB\": 0,")).isInstanceOf(SeasonDataException.class)
                .hasMessageContaining("travelCost.partySize.FB");
    }

    @Test
    void aPartyOfAnUnknownSportIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> edited(dir, PARTY, "\"FB\": 110, \"LAX\": 30,")).isInstanceOf(SeasonDataException.class)
                .hasMessageContaining("travelCost.partySize.LAX");
    }

    @Test
    void anUnknownModeIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> edited(dir, BUS, "{\"mode\": \"rail\",")).isInstanceOf(SeasonDataException.class)
                .hasMessageContaining("travelCost.modes[0].mode").hasMessageContaining("rail");
    }

    @Test
    void aTableNoModeOfWhichServesALegIsImpossible(@TempDir Path dir) {
        // flights capped at 900 miles leave no way from Arizona to West Virginia (the first pair that far apart)
        assertThatThrownBy(() -> edited(dir, "\"minMiles\": 800,", "\"minMiles\": 800, \"maxMiles\": 900,",
                "\"minMiles\": 300,", "\"minMiles\": 300, \"maxMiles\": 900,")).isInstanceOf(SeasonDataException.class)
                .hasMessage("season-2025-26.json: travelCost.modes: no mode serves the 1552-mile leg ARIZ to CIN for FB's "
                        + "party of 110");
    }

    /** The reference season with each {@code edits[i]} replaced by {@code edits[i + 1]}. */
    private static Season edited(Path dir, String... edits) throws IOException {
        for (String f : List.of("schools.csv", "season-2025-26.json")) {
            Files.copy(ReferenceData.directory("big12").resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path json = dir.resolve("season-2025-26.json");
        String text = Files.readString(json);
        for (int i = 0; i < edits.length; i += 2) {
            assertThat(text).contains(edits[i]);
            text = text.replace(edits[i], edits[i + 1]);
        }
        Files.writeString(json, text);
        return SeasonCatalog.fromDirectory(dir).find("2025-26").orElseThrow();
    }
}
