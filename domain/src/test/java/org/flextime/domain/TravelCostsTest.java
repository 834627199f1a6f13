package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One test per rule of the cost model, on campuses along the equator: a degree of longitude is 69.094 great-circle
 * miles, 82.913 road miles at the reference road factor of 1.2. The table is the reference one: charter bus $1,500 +
 * $2.80 a road mile up to 600 road miles, 56 seats, 55 mph; charter flight $24,000 + $30 a mile from 300 miles, 450 mph
 * plus 3 h on the ground; commercial $400 a person from 800 miles for up to 60 people, plus 5 h on the ground.
 */
class TravelCostsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 10);
    private static final TravelCosts TABLE = TravelCosts.REFERENCE;

    static Team at(String code, double longitude) {
        Venue v = new Venue(code + " Arena", 1000, 0, longitude);
        return new Team(code, code + " University", code + "s", code + " City", "KS", 0, longitude,
                ZoneId.of("America/Chicago"), v, v);
    }

    private static final Team A = at("A", 0);
    private static final Team B = at("B", 2);
    private static final Team C = at("C", 6);
    private static final Team D = at("D", 8);
    private static final Team E = at("E", 12);

    @Test
    void aShortLegGoesByBusPricedOnRoadMiles() {
        TravelLeg leg = TABLE.leg(A, B, DAY, 20);
        assertThat(leg.mode()).isEqualTo(TravelLeg.Mode.CHARTER_BUS);
        assertThat(leg.miles()).isCloseTo(138.188, within(0.001));
        assertThat(leg.roadMiles()).isCloseTo(165.826, within(0.001));
        // $1,500 + 165.826 road miles x $2.80; 165.826 / 55 mph
        assertThat(leg.dollars()).isCloseTo(1964.31, within(0.01));
        assertThat(leg.hours()).isCloseTo(3.015, within(0.001));
    }

    @Test
    void aPartyLargerThanABusBooksAnother() {
        assertThat(TABLE.leg(A, B, DAY, 56).dollars()).isCloseTo(1964.31, within(0.01));
        assertThat(TABLE.leg(A, B, DAY, 57).dollars()).isCloseTo(3928.63, within(0.01));
    }

    @Test
    void whereBusAndCharterBothServeTheCheaperBusWins() {
        // 414.565 miles: a charter flight serves it ($36,436.94) but 497.477 road miles by bus cost $2,892.94
        TravelLeg leg = TABLE.leg(A, C, DAY, 20);
        assertThat(leg.mode()).isEqualTo(TravelLeg.Mode.CHARTER_BUS);
        assertThat(leg.dollars()).isCloseTo(2892.94, within(0.01));
        assertThat(leg.hours()).isCloseTo(9.045, within(0.001));
    }

    @Test
    void pastTheBusRangeTheTeamCharters() {
        // 663.303 road miles is past the bus's 600: $24,000 + 552.753 miles x $30, 3 h + 552.753 / 450 mph
        TravelLeg leg = TABLE.leg(A, D, DAY, 20);
        assertThat(leg.mode()).isEqualTo(TravelLeg.Mode.CHARTER_FLIGHT);
        assertThat(leg.dollars()).isCloseTo(40582.58, within(0.01));
        assertThat(leg.hours()).isCloseTo(4.228, within(0.001));
    }

    @Test
    void aSmallPartyFliesCommercialOnALongLegAndFootballCharters() {
        TravelLeg tennis = TABLE.leg(A, E, DAY, 12);
        assertThat(tennis.mode()).isEqualTo(TravelLeg.Mode.COMMERCIAL_FLIGHT);
        assertThat(tennis.dollars()).isEqualTo(4800);
        assertThat(tennis.hours()).isCloseTo(6.843, within(0.001));
        // 110 people are past commercial's group limit of 60: $24,000 + 829.129 miles x $30
        TravelLeg football = TABLE.leg(A, E, DAY, 110);
        assertThat(football.mode()).isEqualTo(TravelLeg.Mode.CHARTER_FLIGHT);
        assertThat(football.dollars()).isCloseTo(48873.87, within(0.01));
    }

    @Test
    void aLegNoModeServesIsRejected() {
        TravelCosts busOnly = new TravelCosts("USD", 1.2, List.of(TABLE.fares().get(0)), Map.of(), 20);
        assertThatThrownBy(() -> busOnly.leg(A, D, DAY, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no travel mode serves the 553-mile leg A to D for a party of 20");
    }

    @Test
    void aFareSourceQuoteDecidesTheMode() {
        // a live fare of $1,000 for the charter undercuts the bus's table price of $2,892.94
        FareSource live = (fare, from, to, miles, road, party) ->
                fare.mode() == TravelLeg.Mode.CHARTER_FLIGHT ? 1000 : fare.dollars(miles, road, party);
        TravelLeg leg = TABLE.leg(A, C, DAY, 20, live);
        assertThat(leg.mode()).isEqualTo(TravelLeg.Mode.CHARTER_FLIGHT);
        assertThat(leg.dollars()).isEqualTo(1000);
    }

    @Test
    void theSportsPartyComesFromTheTableOrItsDefault() {
        TravelCosts costs = new TravelCosts("USD", 1.2, TABLE.fares(), Map.of("FB", 110), 20);
        assertThat(costs.party("FB")).isEqualTo(110);
        assertThat(costs.party("MTEN")).isEqualTo(20);
    }
}
