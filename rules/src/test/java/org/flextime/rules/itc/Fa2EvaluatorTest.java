package org.flextime.rules.itc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.HomeAwayMode;
import org.junit.jupiter.api.Test;

class Fa2EvaluatorTest {

    // home games played after each slot: team 0: 1 1 2 2 3 3, team 3: 0 0 0 1 2 3

    @Test
    void largestDifferenceOverTheSlotsIsOneDeviationPerPair() {
        Evaluation evaluation = TinyLeague.evaluate(
                new Fa2(List.of(0, 3), TinyLeague.ALL_SLOTS, 1, HomeAwayMode.H, SOFT, 10, 19));

        assertThat(evaluation.violations()).singleElement().satisfies(v -> {
            assertThat(v.deviation()).isEqualTo(1);
            assertThat(v.explanation()).contains("teams 0 and 3", "differ by 2", "after slot 2", "(2 vs 0)");
        });
        assertThat(evaluation.objective()).isEqualTo(10);
    }

    @Test
    void onlyListedSlotsAreCheckedButCountsStartAtTheFirstSlot() {
        // after slot 3 the counts are 2 vs 1; after slot 5, 3 vs 3
        Evaluation evaluation = TinyLeague.evaluate(
                new Fa2(List.of(0, 3), List.of(3, 5), 0, HomeAwayMode.H, HARD, 1, 19));

        assertThat(evaluation.infeasibility()).isEqualTo(1);
        assertThat(evaluation.objective()).isZero();
        assertThat(evaluation.violations()).singleElement()
                .satisfies(v -> assertThat(v.explanation()).contains("after slot 3", "(2 vs 1)"));
    }

    @Test
    void everyPairIsChecked() {
        // all six pairs are within 2 of each other after every slot
        Evaluation evaluation = TinyLeague.evaluate(
                new Fa2(TinyLeague.ALL_TEAMS, TinyLeague.ALL_SLOTS, 2, HomeAwayMode.H, SOFT, 10, 19));

        assertThat(evaluation.violations()).isEmpty();
    }
}
