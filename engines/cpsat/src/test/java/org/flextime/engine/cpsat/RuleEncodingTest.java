package org.flextime.engine.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;
import static org.flextime.rules.robinx.ConstraintType.SOFT;

import java.util.List;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.junit.jupiter.api.Test;

/**
 * One rule at a time on {@link TinySeason}: what the CP-SAT model says the schedule costs is the hand-counted
 * penalty, and the ITC2021 evaluator (the oracle) says the same.
 */
class RuleEncodingTest {

    private static final int UNBOUNDED = RobinxConstraint.UNBOUNDED;

    @Test
    void ca1CountsTheHomeGamesOfEachTeamInTheSlots() {
        // team 0 hosts in slots 0, 1 and 5: three where one is allowed
        assertCost(new Ca1(List.of(0), List.of(0, 1, 5), 0, 1, HomeAwayMode.H, SOFT, 5, 1), 0, 10);
    }

    @Test
    void aHardRuleCountsIntoInfeasibilityNotTheObjective() {
        assertCost(new Ca1(List.of(0), List.of(0, 1, 5), 0, 1, HomeAwayMode.H, HARD, 1, 1), 2, 0);
    }

    @Test
    void ca2CountsGamesAgainstTheListedOpponents() {
        // team 0 meets 1 (slot 0) and 2 (slot 1) in slots 0-2: two where one is allowed
        assertCost(new Ca2(List.of(0), List.of(1, 2), List.of(0, 1, 2), 0, 1, HomeAwayMode.HA, SOFT, 3, 1), 0, 3);
    }

    @Test
    void ca3AddsTheDeviationsOfEveryWindow() {
        // team 0 away to 1 or 2 in slots 3 and 4: windows 2-4 and 3-5 hold two each, one allowed
        assertCost(new Ca3(List.of(0), List.of(1, 2), 3, 0, 1, HomeAwayMode.A, SOFT, 4, 1), 0, 8);
    }

    @Test
    void ca3AgainstEveryoneCountsTheTeamsOwnAwayGames() {
        // team 0 is away in slots 2, 3 and 4: the window 2-4 holds three, two allowed
        assertCost(new Ca3(List.of(0), List.of(0, 1, 2, 3), 3, 0, 2, HomeAwayMode.A, SOFT, 4, 1), 0, 4);
    }

    @Test
    void ca4GlobalCountsAllGamesOfTheGroupsTogether() {
        // 0 or 1 hosting 2 or 3: 0-2, 1-2, 1-3, 0-3, four where one is allowed
        assertCost(new Ca4(List.of(0, 1), List.of(2, 3), TinySeason.ALL_SLOTS, 0, 1, HomeAwayMode.H,
                CountMode.GLOBAL, SOFT, 2, 1), 0, 6);
    }

    @Test
    void ca4EveryCountsEachSlotApart() {
        // slot 1 has 0-2, slot 2 has 1-2: one game too many in each
        assertCost(new Ca4(List.of(0, 1), List.of(2, 3), List.of(1, 2), 0, 0, HomeAwayMode.H, CountMode.EVERY,
                SOFT, 1, 1), 0, 2);
    }

    @Test
    void ca4AgainstEveryoneCountsTheGroupsOwnHomeGames() {
        // slot 0 has 0-1 and 2-3: both of 0 and 2 host, one allowed
        assertCost(new Ca4(List.of(0, 2), TinySeason.ALL_TEAMS, List.of(0), 0, 1, HomeAwayMode.H, CountMode.EVERY,
                SOFT, 3, 1), 0, 3);
    }

    @Test
    void ca4AgainstEveryoneCountsTheGroupsOwnAwayGames() {
        // 1 and 3 away in slot 0 (0-1, 2-3) and 1 in slot 1 (3-1): three, one allowed
        assertCost(new Ca4(List.of(1, 3), TinySeason.ALL_TEAMS, List.of(0, 1), 0, 1, HomeAwayMode.A, CountMode.GLOBAL,
                SOFT, 2, 1), 0, 4);
    }

    @Test
    void ga1CountsTheListedMeetingsInTheSlots() {
        // of 0-1, 2-3 and 1-0 only the first two fall in slots 0-1: one short of the minimum 3
        assertCost(new Ga1(List.of(new Meeting(0, 1), new Meeting(2, 3), new Meeting(1, 0)), List.of(0, 1), 3,
                UNBOUNDED, SOFT, 7, 1), 0, 7);
    }

    @Test
    void br1CountsEachTeamsBreaks() {
        // team 2 breaks in slots 2, 3 and 5: two more than one
        assertCost(new Br1(List.of(2), TinySeason.ALL_SLOTS, 1, Comparison.LEQ, HomeAwayMode.HA, SOFT, 3, 1), 0, 6);
    }

    @Test
    void br1AtLeastCountsMissingBreaks() {
        // team 0 has one home break (slot 1) where at least two are asked for
        assertCost(new Br1(List.of(0), TinySeason.ALL_SLOTS, 2, Comparison.GEQ, HomeAwayMode.H, SOFT, 3, 1), 0, 3);
    }

    @Test
    void br2CountsTheBreaksOfAllTeamsTogether() {
        // twelve breaks in all, at most eight
        assertCost(new Br2(TinySeason.ALL_TEAMS, TinySeason.ALL_SLOTS, 8, HomeAwayMode.HA, Comparison.LEQ, SOFT, 2,
                1), 0, 8);
    }

    @Test
    void fa2TakesTheLargestHomeGameDifferenceOfAPair() {
        // home games played: team 0 1,2,2,2,2,3; team 1 0,0,1,2,3,3: differ by 2 after slot 1
        assertCost(new Fa2(List.of(0, 1), TinySeason.ALL_SLOTS, 0, HomeAwayMode.H, SOFT, 5, 1), 0, 10);
    }

    @Test
    void se1CountsSlotsBetweenTheTwoMeetingsOfEveryPair() {
        // every pair has two slots between its meetings, three asked for: six pairs one short
        assertCost(new Se1(TinySeason.ALL_TEAMS, 3, UNBOUNDED, SOFT, 1, 1), 0, 6);
    }

    @Test
    void aSatisfiedRuleCostsNothing() {
        assertCost(new Se1(TinySeason.ALL_TEAMS, 2, UNBOUNDED, HARD, 1, 1), 0, 0);
    }

    /** The model's cost and the evaluator's are both the hand-counted one. */
    private static void assertCost(RobinxConstraint rule, long infeasibility, long objective) {
        Instance instance = TinySeason.instance(rule);
        Evaluation oracle = new ItcEvaluator().evaluate(instance,
                new Solution(SolutionMetaData.forInstance("tiny"), TinySeason.GAMES));
        assertThat(oracle.infeasibility()).isEqualTo(infeasibility);
        assertThat(oracle.objective()).isEqualTo(objective);
        assertThat(new RoundRobinModel(instance).score(TinySeason.GAMES))
                .contains(new ModelScore(infeasibility, objective));
    }
}
