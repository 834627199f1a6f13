package org.flextime.scheduler.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.flextime.contracts.api.GameChange;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;

/** Edits of a two-game MBB schedule: what each change does, and each impossible change refused naming its field. */
class GameEditsTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport MBB = SEASON.sport("MBB").orElseThrow();
    private static final ScheduledGame G1 = game("g1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse");
    private static final ScheduledGame G2 = game("g2", "2026-01-06", "BYU", "KSU", "Marriott Center");
    private static final List<ScheduledGame> GAMES = List.of(G1, G2);

    private final GameEdits edits = new GameEdits(SEASON, MBB);

    private static ScheduledGame game(String id, String date, String home, String away, String venue) {
        return new ScheduledGame(new Game(id, LocalDate.parse(date), home, away, venue), false, null);
    }

    private static GameChange date(String id, String date) {
        return new GameChange(id, LocalDate.parse(date), null, null, null, null, null);
    }

    private List<ScheduledGame> single(GameChange change) {
        return edits.apply(GAMES, List.of(change), i -> "", "TV");
    }

    private InvalidFieldException refused(GameChange change) {
        return (InvalidFieldException) org.assertj.core.api.Assertions.catchThrowable(() -> single(change));
    }

    @Test
    void aNewDateMovesOnlyThatGame() {
        assertThat(single(date("g1", "2026-01-05"))).containsExactly(
                game("g1", "2026-01-05", "KU", "BYU", "Allen Fieldhouse"), G2);
    }

    @Test
    void aStartIsSetAnotherChangeKeepsItAndAnEmptyStartClearsIt() {
        GameChange early = new GameChange("g1", null, null, null, null, null, null, "13:00");
        List<ScheduledGame> set = single(early);
        assertThat(set.get(0).game()).isEqualTo(G1.game().withStart(LocalTime.of(13, 0)));
        List<ScheduledGame> moved = edits.apply(set, List.of(date("g1", "2026-01-05")), i -> "", "TV");
        assertThat(moved.get(0).game().start()).isEqualTo(LocalTime.of(13, 0));
        List<ScheduledGame> cleared = edits.apply(moved, List.of(new GameChange("g1", null, null, null, null, null, null, "")),
                i -> "", "TV");
        assertThat(cleared.get(0).game().start()).isNull();
    }

    @Test
    void aStartThatIsNotHoursAndMinutesIsRefusedNamingStart() {
        InvalidFieldException e = refused(new GameChange("g1", null, null, null, null, null, null, "7:30pm"));
        assertThat(e.field()).isEqualTo("start");
        assertThat(e.getMessage()).isEqualTo("'7:30pm' is not a start time HH:mm (00:00 to 23:59); null or \"\" clears the game's start");
    }

    @Test
    void aNewHostTakesTheGameToItsOwnVenue() {
        List<ScheduledGame> out = single(new GameChange("g1", null, null, "BYU", "KU", null, null));
        assertThat(out.get(0)).isEqualTo(game("g1", "2026-01-03", "BYU", "KU", "Marriott Center"));
    }

    @Test
    void aNamedVenueWinsOverTheHostsVenue() {
        List<ScheduledGame> out = single(new GameChange("g1", null, "Hilton Coliseum", null, null, null, null));
        assertThat(out.get(0)).isEqualTo(game("g1", "2026-01-03", "KU", "BYU", "Hilton Coliseum"));
    }

    @Test
    void aTeamPlayingItselfIsRefusedNamingTheTeamField() {
        InvalidFieldException e = refused(new GameChange("g1", null, null, null, "KU", null, null));
        assertThat(e.field()).isEqualTo("away");
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).isEqualTo("a team cannot play itself: KU would be both home and away in g1");
    }

    @Test
    void aTeamOutsideTheSportIsRefused() {
        InvalidFieldException e = refused(new GameChange("g1", null, null, "XYZ", null, null, null));
        assertThat(e.field()).isEqualTo("home");
        assertThat(e.getMessage()).startsWith("unknown team 'XYZ' in MBB 2025-26; teams: ARIZ, ASU,");
    }

    @Test
    void anUnknownVenueIsRefused() {
        InvalidFieldException e = refused(new GameChange("g1", null, "Madison Square Garden", null, null, null, null));
        assertThat(e.field()).isEqualTo("venue");
        assertThat(e.getMessage()).startsWith("unknown venue 'Madison Square Garden'");
    }

    @Test
    void aDateOutsideTheSeasonIsRefused() {
        InvalidFieldException e = refused(date("g1", "2026-03-08"));
        assertThat(e.field()).isEqualTo("date");
        assertThat(e.getMessage()).isEqualTo("2026-03-08 is outside the MBB 2025-26 season, 2025-12-30 to 2026-03-07");
    }

    @Test
    void aPinTakesTheEditsReasonWhenItHasNoneOfItsOwn() {
        List<ScheduledGame> out = single(new GameChange("g2", null, null, null, null, true, null));
        assertThat(out.get(1)).isEqualTo(new ScheduledGame(G2.game(), true, "TV"));
        List<ScheduledGame> own = single(new GameChange("g2", null, null, null, null, true, "rivalry week"));
        assertThat(own.get(1).pinReason()).isEqualTo("rivalry week");
    }

    @Test
    void aPinWithoutAnyReasonIsRefused() {
        assertThatThrownBy(() -> edits.apply(GAMES, List.of(new GameChange("g2", null, null, null, null, true, null)), i -> "", null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("pinReason"));
    }

    @Test
    void aBatchNamesTheFieldOfTheChangeThatIsRefused() {
        assertThatThrownBy(() -> edits.apply(GAMES, List.of(date("g1", "2026-01-05"), date("g2", "2025-12-01")),
                i -> "changes[" + i + "].", null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("changes[1].date"));
        assertThatThrownBy(() -> edits.apply(GAMES, List.of(date("g1", "2026-01-05"), date("g1", "2026-01-07")),
                i -> "changes[" + i + "].", null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("changes[1].gameId"));
    }

    @Test
    void anUnknownGameIsNotFoundInASingleEditAndAFieldInABatch() {
        assertThatThrownBy(() -> single(date("g9", "2026-01-05"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> edits.apply(GAMES, List.of(date("g9", "2026-01-05")), i -> "changes[" + i + "].", null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("changes[0].gameId"));
    }

    @Test
    void changedIdsAreTheGamesThatDiffer() {
        assertThat(GameEdits.changedIds(GAMES, single(date("g2", "2026-01-07")))).containsExactly("g2");
        assertThat(GameEdits.changedIds(GAMES, GAMES)).isEmpty();
    }
}
