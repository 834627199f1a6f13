package org.flextime.engine.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.junit.jupiter.api.Test;

/**
 * The rest check travels as the travel service prices: by the season's cost table for the sport's travel party. UCF
 * plays at BYU and, a day later, at KU: over 800 miles, where a basketball party of 20 flies commercial (5 h on the
 * ground, 5 + 877 / 450 hours) and football's 110, too many for a commercial booking, fly charter (3 h, 3 + 877 / 450).
 */
class RestByTravelPartyTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final List<Game> GAMES = List.of(
            new Game("g1", LocalDate.parse("2025-11-01"), "BYU", "UCF", "LaVell Edwards Stadium"),
            new Game("g2", LocalDate.parse("2025-11-02"), "KU", "UCF", "David Booth Kansas Memorial Stadium"));

    private static String explanation(String sport) {
        return new ConflictScan(SEASON, SEASON.sport(sport).orElseThrow()).rest(GAMES).get(0).explanation();
    }

    @Test
    void aBasketballPartyFliesCommercialAndAFootballPartyCharter() {
        String basketball = explanation("MBB");
        String football = explanation("FB");
        assertThat(basketball).contains("877 miles by air take 6.9 h");
        assertThat(football).contains("877 miles by air take 4.9 h");
    }
}
