package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.HomeAwayMode;
import org.junit.jupiter.api.Test;

class Ca1EvaluatorTest {

    @Test
    void softExcessOfHomeGamesCostsDeviationTimesPenalty() {
        // team 0 is at home in slots 0, 2 and 4: three home games where at most one is allowed
        Evaluation evaluation = TinyLeague.evaluate(new Ca1(List.of(0), List.of(0, 2, 4), 0, 1, HomeAwayMode.H, SOFT, 5, 7));

        assertThat(evaluation.infeasibility()).isZero();
        assertThat(evaluation.objective()).isEqualTo(10);
        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.family()).isEqualTo("CA1");
            assertThat(v.line()).isEqualTo(7);
            assertThat(v.deviation()).isEqualTo(2);
            assertThat(v.cost()).isEqualTo(10);
            assertThat(v.explanation()).contains("team 0", "3 H games", "0-1@0", "0-3@2", "0-2@4", "max 1",
                    "deviation 2");
        });
    }

    @Test
    void hardExcessCountsDeviationIntoInfeasibilityNotObjective() {
        Evaluation evaluation = TinyLeague.evaluate(new Ca1(List.of(0), List.of(0, 2, 4), 0, 1, HomeAwayMode.H, HARD, 1, 7));

        assertThat(evaluation.infeasibility()).isEqualTo(2);
        assertThat(evaluation.objective()).isZero();
        assertThat(evaluation.isFeasible()).isFalse();
    }

    @Test
    void awayModeCountsOnlyAwayGamesAndEachTeamSeparately() {
        // away in slots 0..2: team 1 once (slot 0), team 3 three times (slots 0, 1, 2)
        Evaluation evaluation = TinyLeague.evaluate(
                new Ca1(List.of(1, 3), List.of(0, 1, 2), 0, 1, HomeAwayMode.A, SOFT, 3, 1));

        assertThat(evaluation.violations()).singleElement()
                .satisfies(v -> assertThat(v.explanation()).startsWith("team 3 plays 3 A games"));
        assertThat(evaluation.objective()).isEqualTo(6);
    }

    @Test
    void satisfiedConstraintHasNoViolation() {
        Evaluation evaluation = TinyLeague.evaluate(new Ca1(List.of(0), List.of(1, 3, 5), 0, 0, HomeAwayMode.H, HARD, 1, 1));

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.infeasibility()).isZero();
        assertThat(evaluation.objective()).isZero();
    }
}
