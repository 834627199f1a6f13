package org.flextime.engine.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.flextime.domain.Game;
import org.junit.jupiter.api.Test;

class DoubleheadersTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 1, 3);
    private static final Doubleheaders SIX_HOURS = new Doubleheaders("WBB", "MBB", Duration.ofHours(6));

    @Test
    void aGameInTheCompanionsArenaThatDayStartsAGameAndATurnaroundBeforeIt() {
        List<Game> womens = List.of(new Game("w1", SATURDAY, "ARIZ", "TTU", "McKale Center"));
        List<Game> mens = List.of(new Game("m1", SATURDAY, "ARIZ", "HOU", "McKale Center"));

        Doubleheaders.Timed timed = SIX_HOURS.time(womens, mens);

        // both usually start at 19:00: 13:00 is the nearest start six hours from the men's game
        assertThat(timed.games()).containsExactly(womens.get(0).withStart(LocalTime.of(13, 0)));
        assertThat(timed.timed()).isEqualTo(1);
        assertThat(timed.unfit()).isZero();
    }

    @Test
    void theCompanionsOwnStartCounts() {
        List<Game> womens = List.of(new Game("w1", SATURDAY, "ARIZ", "TTU", "McKale Center"));
        List<Game> mens = List.of(new Game("m1", SATURDAY, "ARIZ", "HOU", "McKale Center").withStart(LocalTime.of(12, 0)));

        // the men's game at noon leaves the women's usual 19:00, which it now holds as its own start
        assertThat(SIX_HOURS.time(womens, mens).games()).extracting(Game::start).containsExactly(LocalTime.of(19, 0));
    }

    @Test
    void anotherDayAnotherVenueOrAStartOfItsOwnIsLeftAlone() {
        Game otherDay = new Game("w1", SATURDAY.plusDays(1), "ARIZ", "TTU", "McKale Center");
        Game otherVenue = new Game("w2", SATURDAY, "ASU", "BYU", "Desert Financial Arena");
        Game ownStart = new Game("w3", SATURDAY, "ARIZ", "BAY", "McKale Center").withStart(LocalTime.of(17, 0));
        List<Game> mens = List.of(new Game("m1", SATURDAY, "ARIZ", "HOU", "McKale Center"));

        Doubleheaders.Timed timed = SIX_HOURS.time(List.of(otherDay, otherVenue, ownStart), mens);

        assertThat(timed.games()).containsExactly(otherDay, otherVenue, ownStart);
        assertThat(timed.timed()).isZero();
    }

    @Test
    void whenNoStartOfTheDayLeavesTheSpacingTheGameKeepsNone() {
        List<Game> womens = List.of(new Game("w1", SATURDAY, "ARIZ", "TTU", "McKale Center"));
        List<Game> mens = List.of(new Game("m1", SATURDAY, "ARIZ", "HOU", "McKale Center"));

        Doubleheaders.Timed timed = new Doubleheaders("WBB", "MBB", Duration.ofHours(24)).time(womens, mens);

        assertThat(timed.games()).containsExactlyElementsOf(womens);
        assertThat(timed.unfit()).isEqualTo(1);
    }
}
