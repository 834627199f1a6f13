package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QualityModelTest {
    private final QualityModel model = new QualityModel();

    @Test
    void flawlessShortTravelScheduleScoresHundred() {
        QualityScore s = model.score(new QualityInputs(160, 0, 0, 0, 160 * 450.0, 0));
        assertThat(s.value()).isEqualTo(100.0);
        assertThat(s.components()).containsOnlyKeys("hardViolations", "conflicts", "softPenalty", "travel", "homeAwayImbalance");
        assertThat(s.components().values()).containsOnly(0.0);
    }

    @Test
    void eachComponentDeductsItsDocumentedPoints() {
        QualityScore s = model.score(new QualityInputs(100, 0, 30_000, 0, 100 * 800.0, 0.1));
        assertThat(s.components().get("softPenalty")).isCloseTo(2.0, within(1e-9));   // 300 per game / 150
        assertThat(s.components().get("travel")).isCloseTo(2.0, within(1e-9));        // (800 - 500) / 150
        assertThat(s.components().get("homeAwayImbalance")).isCloseTo(2.0, within(1e-9)); // 0.1 x 20
        assertThat(s.value()).isCloseTo(94.0, within(1e-9));
    }

    @Test
    void travelDeductsForTheTravelCostNotTheMiles() {
        // 800 miles per game, but priced at 1,100 miles' worth per game (charter flights): (1,100 - 500) / 150
        QualityScore s = model.score(new QualityInputs(100, 0, 0, 0, 100 * 800.0, 0, 100 * 1100.0));
        assertThat(s.components().get("travel")).isCloseTo(4.0, within(1e-9));
        // a sender that prices nothing: a mile is a mile's worth
        assertThat(new QualityInputs(100, 0, 0, 0, 100 * 800.0, 0).travelCost()).isEqualTo(100 * 800.0);
    }

    @Test
    void aPenaltyPointPerGameWeighsAsAMilesWorthPerGame() {
        // 150 more penalty points per game and 150 fewer miles' worth per game: the same score
        QualityScore before = model.score(new QualityInputs(10, 0, 0, 0, 0, 0, 10 * 1400.0));
        QualityScore after = model.score(new QualityInputs(10, 0, 1500, 0, 0, 0, 10 * 1250.0));
        assertThat(after.value()).isCloseTo(before.value(), within(1e-9));
        assertThat(after.components().get("softPenalty")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void hardViolationsAndConflictsWeighMostAndCapTheScore() {
        QualityScore oneHard = model.score(new QualityInputs(160, 1, 0, 0, 0, 0));
        assertThat(oneHard.components().get("hardViolations")).isEqualTo(15.0);
        assertThat(oneHard.value()).isEqualTo(60.0);
        QualityScore oneConflict = model.score(new QualityInputs(160, 0, 0, 1, 0, 0));
        assertThat(oneConflict.value()).isEqualTo(60.0);
        QualityScore awful = model.score(new QualityInputs(160, 10, 1_000_000, 10, 160 * 5000.0, 1));
        assertThat(awful.components().get("hardViolations")).isEqualTo(50.0);
        assertThat(awful.components().get("conflicts")).isEqualTo(25.0);
        assertThat(awful.value()).isZero();
        // the worst feasible schedule still beats the best infeasible one
        QualityScore worstFeasible = model.score(new QualityInputs(160, 0, 1_000_000, 0, 160 * 5000.0, 1));
        assertThat(worstFeasible.value()).isEqualTo(75.0).isGreaterThan(oneHard.value());
    }

    @Test
    void invalidInputsAreRejected() {
        assertThatThrownBy(() -> new QualityInputs(10, -1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualityInputs(10, 0, 0, 0, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualityInputs(10, 0, 0, 0, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void scoreStaysInRangeAndFeasibleBeatsInfeasible(@ForAll @IntRange(min = 0, max = 500) int games,
                                                     @ForAll @IntRange(min = 0, max = 50) int hard,
                                                     @ForAll @IntRange(min = 0, max = 5000) int soft,
                                                     @ForAll @IntRange(min = 0, max = 50) int conflicts,
                                                     @ForAll @DoubleRange(min = 0, max = 2_000_000) double miles,
                                                     @ForAll @DoubleRange(min = 0, max = 1) double imbalance) {
        QualityScore s = model.score(new QualityInputs(games, hard, soft, conflicts, miles, imbalance));
        assertThat(s.value()).isBetween(0.0, 100.0);
        QualityScore feasible = model.score(new QualityInputs(games, 0, soft, 0, miles, imbalance));
        if (hard + conflicts > 0) {
            assertThat(feasible.value()).isGreaterThan(s.value());
        }
        QualityScore moreMiles = model.score(new QualityInputs(games, hard, soft, conflicts, miles + 100_000, imbalance));
        assertThat(moreMiles.value()).isLessThanOrEqualTo(s.value());
    }
}
