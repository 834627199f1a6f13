package org.flextime.engine.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.junit.jupiter.api.Test;

class CircleScheduleTest {

    @Test
    void theIdentityOrderGivesAPhasedDoubleRoundRobinThatKeepsTheFormat() {
        List<ScheduledMatch> games = CircleSchedule.of(TinySeason.instance(), CircleSchedule.identity(4));

        Evaluation evaluation = new ItcEvaluator().evaluate(TinySeason.instance(),
                new Solution(SolutionMetaData.forInstance("tiny"), games));
        assertThat(evaluation.infeasibility()).isZero();
        // circle: team 3 fixed, 0-1-2 rotating; each later round robin the first with venues swapped
        assertThat(games).containsExactly(
                new ScheduledMatch(3, 0, 0), new ScheduledMatch(1, 2, 0),
                new ScheduledMatch(1, 3, 1), new ScheduledMatch(2, 0, 1),
                new ScheduledMatch(3, 2, 2), new ScheduledMatch(0, 1, 2),
                new ScheduledMatch(0, 3, 3), new ScheduledMatch(2, 1, 3),
                new ScheduledMatch(3, 1, 4), new ScheduledMatch(0, 2, 4),
                new ScheduledMatch(2, 3, 5), new ScheduledMatch(1, 0, 5));
    }

    @Test
    void theSecondHalfMirrorsTheFirstWithTheVenuesSwapped() {
        int[] order = {2, 0, 3, 1};

        List<ScheduledMatch> games = CircleSchedule.of(TinySeason.instance(), order);

        for (ScheduledMatch first : games.subList(0, 6)) {
            assertThat(games).contains(new ScheduledMatch(first.away(), first.home(), first.slot() + 3));
        }
    }
}
