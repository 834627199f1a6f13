package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void greatCircleMilesMatchKnownDistances() {
        // a quarter of a great circle: pi/2 x 3958.8
        assertThat(new Coordinates(0, 0).milesTo(new Coordinates(0, 90))).isCloseTo(6218.47, within(0.01));
        // one degree of latitude is about 69.09 miles on this sphere
        assertThat(new Coordinates(40, -100).milesTo(new Coordinates(41, -100))).isCloseTo(69.09, within(0.01));
        // antipodes: half the circumference, not NaN
        assertThat(new Coordinates(0, 0).milesTo(new Coordinates(0, 180))).isCloseTo(12436.94, within(0.01));
    }

    @Test
    void campusesOfTheBig12() {
        Map<String, Team> teams = SeasonCatalog.fromDirectory(ReferenceData.directory("big12")).find("2025-26").orElseThrow().teams();
        // Lawrence, KS (Kansas) to Provo, UT (BYU): about 877 miles in a straight line
        assertThat(teams.get("KU").campus().milesTo(teams.get("BYU").campus())).isCloseTo(876.9, within(0.5));
        assertThat(teams.get("KU").campus().milesTo(teams.get("KSU").campus())).isCloseTo(73.2, within(0.5));
        assertThat(teams.get("BYU").campus().milesTo(teams.get("KU").campus()))
                .isEqualTo(teams.get("KU").campus().milesTo(teams.get("BYU").campus()));
        assertThat(teams.get("KU").campus().milesTo(teams.get("KU").campus())).isZero();
    }

    @Test
    void rejectsPointsOffTheGlobe() {
        assertThatThrownBy(() -> new Coordinates(91, 0)).hasMessageContaining("latitude 91.0");
        assertThatThrownBy(() -> new Coordinates(0, Double.NaN)).hasMessageContaining("longitude NaN");
    }
}
