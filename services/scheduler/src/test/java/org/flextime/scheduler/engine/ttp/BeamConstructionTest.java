package org.flextime.scheduler.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BeamConstructionTest {

    private final TtpEvaluator evaluator = new TtpEvaluator();

    @Test
    void buildsFeasibleSchedulesWhoseDistanceTheEvaluatorConfirms() {
        for (String name : new String[] {"NL4", "NL8", "CIRC6", "CIRC12"}) {
            TtpInstance instance = new TtpInstanceReader().read(SharedTtpData.instance(name));
            TtpState state = new TtpState(instance);
            int[] order = new int[instance.teams()];
            for (int i = 0; i < order.length; i++) {
                order[order.length - 1 - i] = i;
            }
            boolean built = new BeamConstruction(instance, new TripBound(instance))
                    .build(state, 200, 0.3 * instance.meanDistance(), order, new SplittableRandom(3), () -> false);
            assertThat(built).as(name).isTrue();
            TtpEvaluation evaluation = evaluator.evaluate(instance, state.games());
            assertThat(evaluation.violations()).as(name).isEmpty();
            assertThat(state.viol).as(name).isZero();
            assertThat(state.dist).as(name).isEqualTo(evaluation.distance());
        }
    }

    @Test
    void aWideBeamFindsTheOptimumOfNl4() {
        TtpInstance nl4 = new TtpInstanceReader().read(SharedTtpData.instance("NL4"));
        TtpState state = new TtpState(nl4);
        boolean built = new BeamConstruction(nl4, new TripBound(nl4))
                .build(state, 1000, 0, new int[] {0, 1, 2, 3}, new SplittableRandom(1), () -> false);
        assertThat(built).isTrue();
        assertThat(state.dist).isEqualTo(8276);
    }

    @Test
    void aStoppedSearchLeavesTheTargetAlone() {
        TtpInstance circ6 = new TtpInstanceReader().read(SharedTtpData.instance("CIRC6"));
        TtpState state = new TtpState(circ6);
        boolean built = new BeamConstruction(circ6, new TripBound(circ6))
                .build(state, 100, 0, new int[] {0, 1, 2, 3, 4, 5}, new SplittableRandom(1), () -> true);
        assertThat(built).isFalse();
        assertThat(state.games()).isEmpty();
    }
}
