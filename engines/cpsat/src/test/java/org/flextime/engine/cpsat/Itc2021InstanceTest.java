package org.flextime.engine.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.junit.jupiter.api.Test;

/** The engine on a shipped ITC2021 instance, with a small deterministic budget. */
class Itc2021InstanceTest {

    @Test
    void test1IsSolvedLegallyAndTheReportedScoresAreTheEvaluators() throws Exception {
        Instance instance = new RobinxReader().readInstance(ReferenceData.instance("itc2021", "ITC2021_Test1"));

        CpSatResult result = new CpSatSolver().solve(instance, new CpSatConfig(Duration.ofSeconds(120), 3, 1, 5));

        Evaluation oracle = new ItcEvaluator().evaluate(instance,
                new Solution(SolutionMetaData.forInstance(instance.name()), result.games()));
        assertThat(result.feasible()).isTrue();
        assertThat(oracle.infeasibility()).isZero();
        assertThat(result.objective()).isEqualTo(oracle.objective());
        assertThat(result.iterations()).isEqualTo(5);
    }
}
