package org.flextime.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class BeamConstructionTest {

    private final TtpEvaluator evaluator = new TtpEvaluator();

    @Test
    void buildsFeasibleSchedulesWhoseDistanceTheEvaluatorConfirms() {
        for (String name : new String[] {"NL4", "NL8", "CIRC6", "CIRC12"}) {
            TtpInstance instance = new TtpRobinx().read(ReferenceData.instance("ttp", name));
            TtpState state = new TtpState(instance);
            int[] order = new int[instance.teams()];
            for (int i = 0; i < order.length; i++) {
                order[order.length - 1 - i] = i;
            }
            boolean built = new BeamConstruction(instance, new TripBound(instance))
                    .build(state, 200, new Rating(1, 0.3 * instance.travel().meanLeg()), order, new SplittableRandom(3), () -> false);
            assertThat(built).as(name).isTrue();
            TtpEvaluation evaluation = evaluator.evaluate(instance, state.games());
            assertThat(evaluation.violations()).as(name).isEmpty();
            assertThat(state.viol).as(name).isZero();
            assertThat(state.dist).as(name).isEqualTo(evaluation.distance());
        }
    }

    @Test
    void aBeamThatWeighsPaidDistanceBelowOneStillBuildsFeasibleSchedules() {
        TtpInstance circ10 = new TtpRobinx().read(ReferenceData.instance("ttp", "CIRC10"));
        TtpState state = new TtpState(circ10);
        boolean built = new BeamConstruction(circ10, new TripBound(circ10)).build(state, 300,
                new Rating(0.9, 0.3 * circ10.travel().meanLeg()), new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                new SplittableRandom(5), () -> false);
        assertThat(built).isTrue();
        TtpEvaluation evaluation = evaluator.evaluate(circ10, state.games());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(state.dist).isEqualTo(evaluation.distance());
    }

    @Test
    void aRatingNeedsAPaidWeightInTheUnitIntervalAndNoNegativeNoise() {
        assertThatThrownBy(() -> new Rating(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating(1.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating(0.9, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Rating(0.9, 0.5).paidWeight()).isEqualTo(0.9);
    }

    @Test
    void aWideBeamFindsTheOptimumOfNl4() {
        TtpInstance nl4 = new TtpRobinx().read(ReferenceData.instance("ttp", "NL4"));
        TtpState state = new TtpState(nl4);
        boolean built = new BeamConstruction(nl4, new TripBound(nl4))
                .build(state, 1000, Rating.exact(), new int[] {0, 1, 2, 3}, new SplittableRandom(1), () -> false);
        assertThat(built).isTrue();
        assertThat(state.dist).isEqualTo(8276);
    }

    @Test
    void aStoppedSearchLeavesTheTargetAlone() {
        TtpInstance circ6 = new TtpRobinx().read(ReferenceData.instance("ttp", "CIRC6"));
        TtpState state = new TtpState(circ6);
        boolean built = new BeamConstruction(circ6, new TripBound(circ6))
                .build(state, 100, Rating.exact(), new int[] {0, 1, 2, 3, 4, 5}, new SplittableRandom(1), () -> true);
        assertThat(built).isFalse();
        assertThat(state.games()).isEmpty();
    }

    @Test
    void completingAPrefixKeepsItsSlotsAndFinishesTheSeasonFeasibly() {
        TtpInstance circ8 = new TtpRobinx().read(ReferenceData.instance("ttp", "CIRC8"));
        BeamConstruction beam = new BeamConstruction(circ8, new TripBound(circ8));
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        TtpState first = new TtpState(circ8);
        assertThat(beam.build(first, 50, new Rating(1, 0.5), order, new SplittableRandom(2), () -> false)).isTrue();
        TtpState rest = new TtpState(circ8);
        assertThat(beam.complete(first, 5, rest, 50, new Rating(1, 0.5), order, new SplittableRandom(9), () -> false)).isTrue();
        for (int t = 0; t < 8; t++) {
            for (int r = 0; r < 5; r++) {
                assertThat(rest.opp[t][r]).isEqualTo(first.opp[t][r]);
                assertThat(rest.home[t][r]).isEqualTo(first.home[t][r]);
            }
        }
        TtpEvaluation evaluation = evaluator.evaluate(circ8, rest.games());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(rest.dist).isEqualTo(evaluation.distance());
    }

    @Test
    void theSeasonPlayedBackwardsHasTheSameDistanceAndStaysFeasible() {
        TtpInstance nl8 = new TtpRobinx().read(ReferenceData.instance("ttp", "NL8"));
        TtpState built = new TtpState(nl8);
        new BeamConstruction(nl8, new TripBound(nl8))
                .build(built, 100, Rating.exact(), new int[] {0, 1, 2, 3, 4, 5, 6, 7}, new SplittableRandom(4), () -> false);
        TtpState backwards = new TtpState(nl8);
        backwards.copyFrom(built, true);
        assertThat(backwards.opp[0][0]).isEqualTo(built.opp[0][13]);
        assertThat(backwards.dist).isEqualTo(built.dist);
        assertThat(evaluator.evaluate(nl8, backwards.games()).violations()).isEmpty();
    }
}
