package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A game's own start, its sport's usual one, the "HH:mm" text, and copies of a game that keep the start. */
class GameStartsTest {

    private static final Game EARLY = new Game("g1", LocalDate.of(2026, 1, 10), "KU", "BYU", "Allen Fieldhouse", LocalTime.of(13, 0));

    @Test
    void aGameWithoutItsOwnStartHasItsSportsUsualOne() {
        Game plain = EARLY.withStart(null);
        assertThat(GameStarts.of(plain, "FB")).isEqualTo(LocalTime.of(14, 30));
        assertThat(GameStarts.of(plain, "wbb")).isEqualTo(LocalTime.of(19, 0));
        assertThat(GameStarts.of(EARLY, "FB")).isEqualTo(LocalTime.of(13, 0));
    }

    @Test
    void startsAreHoursAndMinutesAndNothingElse() {
        assertThat(GameStarts.parse("09:05")).isEqualTo(LocalTime.of(9, 5));
        assertThat(GameStarts.text(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(GameStarts.parse(null)).isNull();
        assertThatThrownBy(() -> GameStarts.parse("24:00")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'24:00' is not a start time HH:mm (00:00 to 23:59)");
        assertThatThrownBy(() -> GameStarts.parse("7:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GameStarts.parse("19:00:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopyWithAnotherDateVenueOrSidesKeepsTheStart() {
        assertThat(EARLY.withDate(LocalDate.of(2026, 1, 11)).start()).isEqualTo(LocalTime.of(13, 0));
        assertThat(EARLY.withVenue("Hilton Coliseum").start()).isEqualTo(LocalTime.of(13, 0));
        assertThat(EARLY.withSides("BYU", "KU", "Marriott Center"))
                .isEqualTo(new Game("g1", LocalDate.of(2026, 1, 10), "BYU", "KU", "Marriott Center", LocalTime.of(13, 0)));
        assertThat(new Game("g2", LocalDate.of(2026, 1, 10), "KU", "BYU", null).start()).isNull();
    }
}
