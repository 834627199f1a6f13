package org.flextime.scheduler.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.flextime.contracts.api.GameDifference;
import org.flextime.domain.Game;
import org.junit.jupiter.api.Test;

/** The differences between two versions, game by game and field by field. */
class VersionDiffTest {

    private static ScheduledGame game(String id, String date, String home, String away, String venue, boolean pinned) {
        return new ScheduledGame(new Game(id, LocalDate.parse(date), home, away, venue), pinned, pinned ? "TV" : null);
    }

    @Test
    void namesEveryChangedFieldAndLeavesEqualGamesOut() {
        ScheduledGame g1 = game("g1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse", false);
        ScheduledGame g2 = game("g2", "2026-01-06", "BYU", "KSU", "Marriott Center", false);
        ScheduledGame g1After = game("g1", "2026-01-05", "BYU", "KU", "Marriott Center", true);
        List<GameDifference> diff = VersionDiff.between(List.of(g1, g2), List.of(g1After, g2));
        assertThat(diff).containsExactly(new GameDifference("g1", List.of("date", "home", "away", "venue", "pinned"),
                g1.view(), g1After.view()));
        assertThat(VersionDiff.between(List.of(g1, g2), List.of(g1, g2))).isEmpty();
    }
}
