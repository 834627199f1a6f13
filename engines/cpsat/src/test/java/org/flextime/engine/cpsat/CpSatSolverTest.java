package org.flextime.engine.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CpSatSolverTest {

    private static final CpSatConfig TEN_ITERATIONS = new CpSatConfig(Duration.ofSeconds(60), 7, 1, 10);

    @Test
    void findsAScheduleThatKeepsEveryHardRuleAndAsksForNoSoftPenalty() {
        // team 0 at home in slots 0 and 1, team 1 without a break, team 3 at home in slot 0: all possible
        Instance instance = TinySeason.instance(
                new Ca1(List.of(0), List.of(0, 1), 2, 2, HomeAwayMode.H, HARD, 1, 1),
                new Br1(List.of(1), TinySeason.ALL_SLOTS, 0, Comparison.LEQ, HomeAwayMode.HA, HARD, 1, 2),
                new Ca1(List.of(3), List.of(0), 1, 1, HomeAwayMode.H, SOFT, 10, 3));

        CpSatResult result = new CpSatSolver().solve(instance, TEN_ITERATIONS);

        Evaluation oracle = new ItcEvaluator().evaluate(instance,
                new Solution(SolutionMetaData.forInstance("tiny"), result.games()));
        assertThat(result.conflict()).isEmpty();
        assertThat(result.games()).hasSize(12);
        assertThat(oracle.infeasibility()).isZero();
        assertThat(oracle.objective()).isZero();
        assertThat(result.infeasibility()).isZero();
        assertThat(result.objective()).isZero();
        assertThat(result.timeToFirstFeasible()).isPresent();
    }

    @Test
    void theSameSeedAndIterationCapGiveTheSameSchedule() {
        Instance instance = TinySeason.instance(
                new Br1(TinySeason.ALL_TEAMS, TinySeason.ALL_SLOTS, 0, Comparison.LEQ, HomeAwayMode.HA, SOFT, 3, 1),
                new Ca1(List.of(0, 1), List.of(0, 1, 2), 0, 1, HomeAwayMode.A, SOFT, 2, 2));

        CpSatResult first = new CpSatSolver().solve(instance, TEN_ITERATIONS);
        CpSatResult second = new CpSatSolver().solve(instance, TEN_ITERATIONS);

        assertThat(second.games()).isEqualTo(first.games());
        assertThat(second.objective()).isEqualTo(first.objective());
        assertThat(first.iterations()).isEqualTo(10);
    }

    @Test
    void contradictoryHardRulesEndWithTheRulesThatConflictAndNoSchedule() {
        // T0 must host in slots 0 and 1, yet may have no home break in slot 1; the CA1 on T3 can hold
        Instance instance = TinySeason.instance(
                new Ca1(List.of(0), List.of(0, 1), 2, 2, HomeAwayMode.H, HARD, 1, 11),
                new Ca1(List.of(3), List.of(0, 1, 2, 3), 0, 3, HomeAwayMode.H, HARD, 1, 12),
                new Br1(List.of(0), List.of(1), 0, Comparison.LEQ, HomeAwayMode.H, HARD, 1, 13));

        CpSatResult result = new CpSatSolver().solve(instance, TEN_ITERATIONS);

        assertThat(result.games()).isEmpty();
        assertThat(result.feasible()).isFalse();
        assertThat(result.conflict()).hasValueSatisfying(conflict -> {
            assertThat(conflict.rules()).extracting(r -> r.line()).containsExactly(11, 13);
            assertThat(conflict.explanation())
                    .isEqualTo("CA1@11 on T0, slots 0-1 and BR1@13 on T0, slots 1 cannot both hold");
        });
    }

    @Test
    @Timeout(120)
    void aStoppedRunEndsWithTheBestScheduleSoFarLongBeforeItsBudget() throws Exception {
        Instance instance = new RobinxReader().readInstance(ReferenceData.instance("itc2021", "ITC2021_Test1"));
        AtomicInteger asked = new AtomicInteger();

        // a ten-minute budget and no iteration cap: only the stop, said at the third ask, ends this run
        CpSatResult result = new CpSatSolver().solve(instance, CpSatConfig.of(Duration.ofMinutes(10), 1, 1),
                () -> asked.incrementAndGet() >= 3);

        // asked no more once it said stop
        assertThat(asked.get()).isEqualTo(3);
        assertThat(result.conflict()).isEmpty();
        assertThat(result.games()).hasSize(instance.teamCount() * (instance.teamCount() - 1));
        Evaluation oracle = new ItcEvaluator().evaluate(instance,
                new Solution(SolutionMetaData.forInstance("stopped"), result.games()));
        assertThat(result.objective()).isEqualTo(oracle.objective());
        assertThat(result.infeasibility()).isEqualTo(oracle.infeasibility());
    }
}
