package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one travel model without a season at hand: the reference table for a basketball party, hours, time zones. */
class TravelLegTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 10);

    private static Team team(String code) {
        return SEASON.teams().get(code);
    }

    @Test
    void aShortTripGoesByBusOnRoadMiles() {
        TravelLeg leg = TravelLeg.between(team("KU"), team("KSU"), JANUARY);
        assertThat(leg.mode()).isEqualTo(TravelLeg.Mode.CHARTER_BUS);
        assertThat(leg.miles()).isCloseTo(73.160, within(0.001));
        // 73.160 great-circle miles x 1.2 road miles / 55 mph
        assertThat(leg.hours()).isCloseTo(1.596, within(0.001));
        assertThat(leg.zonesCrossed()).isZero();
    }

    @Test
    void aLongTripFliesAndGoingEastLosesTheClockHours() {
        TravelLeg east = TravelLeg.between(team("BYU"), team("WVU"), JANUARY);
        // 20 people x $400 commercial beats a $74,116 charter; 5 h on the ground + 1670.521 miles / 450 mph;
        // Mountain to Eastern time is two hours lost
        assertThat(east.mode()).isEqualTo(TravelLeg.Mode.COMMERCIAL_FLIGHT);
        assertThat(east.dollars()).isEqualTo(8000);
        assertThat(east.hours()).isCloseTo(8.712, within(0.001));
        assertThat(east.zonesCrossed()).isEqualTo(2);
        assertThat(east.clockHours()).isCloseTo(10.712, within(0.001));
        TravelLeg west = TravelLeg.between(team("WVU"), team("BYU"), JANUARY);
        assertThat(west.zonesCrossed()).isEqualTo(-2);
        assertThat(west.clockHours()).isCloseTo(8.712, within(0.001));
    }

    @Test
    void timeZonesAreCountedOnTheDayOfTravel() {
        // Arizona keeps standard time all year: one zone from Utah only while Utah is on daylight saving time
        assertThat(TravelLeg.between(team("ASU"), team("UTAH"), JANUARY).zonesCrossed()).isZero();
        assertThat(TravelLeg.between(team("ASU"), team("UTAH"), LocalDate.of(2026, 3, 20)).zonesCrossed()).isEqualTo(1);
    }

    @Test
    void noTripIsNoTime() {
        TravelLeg stay = TravelLeg.between(team("KU"), team("KU"), JANUARY);
        assertThat(stay.mode()).isEqualTo(TravelLeg.Mode.NONE);
        assertThat(stay.clockHours()).isZero();
    }
}
