package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.HomeAwayMode;
import org.junit.jupiter.api.Test;

class Ca3EvaluatorTest {

    @Test
    void everyWindowOfIntpSlotsContributesItsOwnExcess() {
        // team 1 is at home in slots 1, 2, 3; windows of 3: 0..2 has 2, 1..3 has 3, 2..4 has 2, 3..5 has 1
        Evaluation evaluation = TinyLeague.evaluate(
                new Ca3(List.of(1), TinyLeague.ALL_TEAMS, 3, 0, 1, HomeAwayMode.H, SOFT, 5, 9));

        assertThat(evaluation.violations()).extracting(Violation::deviation).containsExactly(1, 2, 1);
        assertThat(evaluation.violations().get(1).explanation()).contains("team 1", "3 H games", "slots 1..3",
                "max 1", "deviation 2");
        assertThat(evaluation.objective()).isEqualTo(20);
    }

    @Test
    void hardWindowsCountIntoInfeasibility() {
        // team 3 is away in slots 0, 1, 2: only the first window of 3 holds three away games
        Evaluation evaluation = TinyLeague.evaluate(
                new Ca3(List.of(3), TinyLeague.ALL_TEAMS, 3, 0, 2, HomeAwayMode.A, HARD, 1, 9));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
        assertThat(evaluation.violations()).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("slots 0..2"));
    }

    @Test
    void onlyOpponentsInTeams2Count() {
        // against team 0 only, team 3 plays once in every window of 3 (slots 2 and 5)
        Evaluation evaluation = TinyLeague.evaluate(
                new Ca3(List.of(3), List.of(0), 3, 0, 1, HomeAwayMode.HA, HARD, 1, 9));

        assertThat(evaluation.violations()).isEmpty();
    }
}
