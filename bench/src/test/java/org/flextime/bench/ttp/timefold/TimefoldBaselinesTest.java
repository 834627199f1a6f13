package org.flextime.bench.ttp.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.engine.ttp.TtpEvaluation;
import org.flextime.engine.ttp.TtpEvaluator;
import org.flextime.engine.ttp.TtpGame;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpRobinx;
import org.flextime.engine.ttp.TtpSolverConfig;
import org.junit.jupiter.api.Test;

class TimefoldBaselinesTest {

    private final TtpEvaluator evaluator = new TtpEvaluator();

    private static TtpInstance instance(String name) {
        return new TtpRobinx().read(ReferenceData.instance("ttp", name));
    }

    @Test
    void canonicalStartIsADoubleRoundRobinWithOneGamePerTeamAndRound() {
        TtpInstance nl8 = instance("NL8");
        TtpEvaluation evaluation = evaluator.evaluate(nl8,
                TimefoldRunner.toGames(TimefoldTailoredBaseline.canonicalStart(nl8, 5)));
        assertThat(evaluation.violations())
                .noneMatch(v -> v.startsWith("double round robin") || v.contains("expected exactly one"));
    }

    @Test
    void tailoredBaselineSolvesNl4Feasibly() {
        TtpInstance nl4 = instance("NL4");
        TtpResult result = new TimefoldTailoredBaseline().solve(nl4, new TtpSolverConfig(Duration.ofSeconds(2), 1, 1));
        assertThat(evaluator.evaluate(nl4, result.games()).violations()).isEmpty();
        assertThat(result.feasible()).isTrue();
        assertThat(result.distance()).isGreaterThanOrEqualTo(8276);
    }

    @Test
    void defaultBaselineReportsItsScheduleHonestly() {
        TtpInstance nl4 = instance("NL4");
        TtpResult result = new TimefoldSportsLeagueBaseline().solve(nl4, new TtpSolverConfig(Duration.ofSeconds(2), 1, 1));
        TtpEvaluation evaluation = evaluator.evaluate(nl4, result.games());
        assertThat(result.feasible()).isEqualTo(evaluation.feasible());
        assertThat(result.distance()).isEqualTo(evaluation.distance());
        assertThat(result.games()).extracting(TtpGame::slot).allMatch(s -> s >= 0 && s < 6);
    }

    @Test
    void constraintStreamsScoreAFeasibleScheduleAsItsDistance() {
        // The stored optimum of NL4 loaded into the Timefold model must score 0 hard and -8276 soft.
        TtpInstance nl4 = instance("NL4");
        TfSchedule schedule = TimefoldRunner.problem(nl4);
        int[][] stored = {{0, 1, 1}, {1, 0, 4}, {0, 2, 0}, {2, 0, 3}, {0, 3, 2}, {3, 0, 5},
                          {1, 2, 5}, {2, 1, 2}, {1, 3, 0}, {3, 1, 3}, {2, 3, 1}, {3, 2, 4}};
        for (int[] g : stored) {
            schedule.getMatches().stream().filter(m -> m.getHome() == g[0] && m.getAway() == g[1])
                    .findFirst().orElseThrow().setRound(g[2]);
        }
        var score = ai.timefold.solver.core.api.solver.SolutionManager
                .<TfSchedule, ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore>create(
                        ai.timefold.solver.core.api.solver.SolverFactory.create(
                                new ai.timefold.solver.core.config.solver.SolverConfig()
                                        .withSolutionClass(TfSchedule.class)
                                        .withEntityClasses(TfMatch.class)
                                        .withConstraintProviderClass(TtpConstraints.class)))
                .update(schedule);
        assertThat(score.hardScore()).isZero();
        assertThat(score.softScore()).isEqualTo(-8276);
    }
}
