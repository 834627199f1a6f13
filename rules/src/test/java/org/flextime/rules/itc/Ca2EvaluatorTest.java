package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.HomeAwayMode;
import org.junit.jupiter.api.Test;

class Ca2EvaluatorTest {

    @Test
    void homeAndAwayGamesAgainstTheGroupAreCountedInTheSlots() {
        // team 1 in slots 0..2 meets team 0 (slot 0, away) and team 2 (slot 2, home)
        Evaluation evaluation = TinyLeague.evaluate(
                new Ca2(List.of(1), List.of(0, 2), List.of(0, 1, 2), 0, 1, HomeAwayMode.HA, SOFT, 5, 3));

        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.deviation()).isEqualTo(1);
            assertThat(v.explanation()).contains("team 1", "2 HA games", "0-1@0", "1-2@2", "max 1");
        });
        assertThat(evaluation.objective()).isEqualTo(5);
        assertThat(evaluation.infeasibility()).isZero();
    }

    @Test
    void homeModeIgnoresAwayGamesAndHardGoesToInfeasibility() {
        // team 1 hosts team 2 (slot 2) and team 0 (slot 3); it visits them in slots 0 and 5
        Evaluation evaluation = TinyLeague.evaluate(
                new Ca2(List.of(1), List.of(0, 2), TinyLeague.ALL_SLOTS, 0, 0, HomeAwayMode.H, HARD, 1, 3));

        assertThat(evaluation.infeasibility()).isEqualTo(2);
        assertThat(evaluation.objective()).isZero();
    }

    @Test
    void eachTeamOfTeams1HasItsOwnDeviation() {
        // away against team 3: team 0 in slot 5, team 1 in slot 4, team 2 in slot 3
        Evaluation evaluation = TinyLeague.evaluate(
                new Ca2(List.of(0, 1, 2), List.of(3), TinyLeague.ALL_SLOTS, 0, 0, HomeAwayMode.A, SOFT, 2, 3));

        assertThat(evaluation.violations()).hasSize(3).allSatisfy(v -> assertThat(v.deviation()).isEqualTo(1));
        assertThat(evaluation.objective()).isEqualTo(6);
    }
}
