package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.HomeAwayMode;
import org.junit.jupiter.api.Test;

class Br1EvaluatorTest {

    @Test
    void breaksBeyondIntpPerTeam() {
        // team 1 has breaks in slots 2, 3 and 5
        Evaluation evaluation = TinyLeague.evaluate(
                new Br1(List.of(1), TinyLeague.ALL_SLOTS, 1, Comparison.LEQ, HomeAwayMode.HA, SOFT, 5, 13));

        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.deviation()).isEqualTo(2);
            assertThat(v.explanation()).contains("team 1", "3 HA breaks", "[2, 3, 5]");
        });
        assertThat(evaluation.objective()).isEqualTo(10);
    }

    @Test
    void homeModeCountsOnlyHomeBreaksAndOnlyInListedSlots() {
        // team 3 home breaks are in slots 4 and 5; only slot 5 is listed
        Evaluation evaluation = TinyLeague.evaluate(
                new Br1(List.of(3), List.of(0, 1, 2, 5), 0, Comparison.LEQ, HomeAwayMode.H, HARD, 1, 13));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
    }

    @Test
    void slotZeroNeverHoldsABreakAndTeamZeroHasNone() {
        Evaluation evaluation = TinyLeague.evaluate(
                new Br1(List.of(0), TinyLeague.ALL_SLOTS, 0, Comparison.LEQ, HomeAwayMode.HA, HARD, 1, 13));

        assertThat(evaluation.violations()).isEmpty();
    }
}
