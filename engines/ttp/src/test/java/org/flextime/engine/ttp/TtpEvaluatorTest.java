package org.flextime.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made 4-team schedules, one per rule, asserting the exact violation message. */
class TtpEvaluatorTest {

    // Four teams on a line at 0, 1, 2, 3 so distances are easy to check by hand.
    private static final TtpInstance LINE = new TtpInstance("LINE4", List.of("A", "B", "C", "D"),
            new int[][] {{0, 1, 2, 3}, {1, 0, 1, 2}, {2, 1, 0, 1}, {3, 2, 1, 0}}, 3, 1);

    private final TtpEvaluator evaluator = new TtpEvaluator();

    /** Feasible: slots 0-2 are a round robin, slots 3-5 the same rounds shifted by one with venues swapped. */
    private static List<TtpGame> feasible() {
        return new ArrayList<>(List.of(
                g(0, 1, 0), g(2, 3, 0),
                g(2, 0, 1), g(1, 3, 1),
                g(0, 3, 2), g(1, 2, 2),
                g(0, 2, 3), g(3, 1, 3),
                g(1, 0, 4), g(3, 2, 4),
                g(3, 0, 5), g(2, 1, 5)));
    }

    private static TtpGame g(int home, int away, int slot) {
        return new TtpGame(home, away, slot);
    }

    @Test
    void feasibleScheduleHasNoViolationsAndItsDistance() {
        TtpEvaluation e = evaluator.evaluate(LINE, feasible());
        assertThat(e.violations()).isEmpty();
        assertThat(e.feasible()).isTrue();
        // A: home, at C (2), home (2), home, at B (1), at D (2), back (3) = 10
        // B: at A (1), home (1), home, at D (2), home (2), at C (1), back (1) = 8
        // C: home, home, at B (1), at A (1), at D (3), home (1) = 6
        // D: at C (1), at B (1), at A (1), home (3), home, home = 6
        assertThat(e.distance()).isEqualTo(10 + 8 + 6 + 6);
    }

    @Test
    void missingMeetingBreaksTheDoubleRoundRobin() {
        List<TtpGame> games = feasible();
        games.remove(g(3, 0, 5));
        games.add(g(0, 3, 5));
        TtpEvaluation e = evaluator.evaluate(LINE, games);
        assertThat(e.violations()).contains(
                "double round robin: D(3) at A(0) is scheduled 2 times, expected once",
                "double round robin: A(0) at D(3) is scheduled 0 times, expected once");
    }

    @Test
    void teamPlayingTwiceInASlot() {
        List<TtpGame> games = feasible();
        games.remove(g(2, 3, 0));
        games.add(g(2, 3, 1));
        TtpEvaluation e = evaluator.evaluate(LINE, games);
        assertThat(e.violations()).containsExactlyInAnyOrder(
                "team C(2) plays 0 games in slot 0, expected exactly one",
                "team D(3) plays 0 games in slot 0, expected exactly one",
                "team C(2) plays 2 games in slot 1, expected exactly one",
                "team D(3) plays 2 games in slot 1, expected exactly one");
    }

    @Test
    void streaksLongerThanTheLimit() {
        // Four teams cannot exceed three in a row, so tighten the limit to two on the same feasible schedule.
        TtpInstance strict = new TtpInstance("LINE4", LINE.teamNames(), LINE.travel(), 2, 1);
        TtpEvaluation e = evaluator.evaluate(strict, feasible());
        assertThat(e.violations()).containsExactly(
                "team C(2) plays 3 consecutive away games in slots 2-4, at most 2 allowed",
                "team D(3) plays 3 consecutive away games in slots 0-2, at most 2 allowed",
                "team D(3) plays 3 consecutive home games in slots 3-5, at most 2 allowed");
    }

    @Test
    void repeaterIsReportedOnce() {
        List<TtpGame> games = List.of(
                g(0, 1, 0), g(2, 3, 0),
                g(1, 0, 1), g(3, 2, 1),
                g(0, 2, 2), g(1, 3, 2),
                g(3, 0, 3), g(2, 1, 3),
                g(2, 0, 4), g(3, 1, 4),
                g(0, 3, 5), g(1, 2, 5));
        TtpEvaluation e = evaluator.evaluate(LINE, games);
        assertThat(e.violations()).containsExactly(
                "repeater: B(1) at A(0) in slot 0 is directly followed by A(0) at B(1) in slot 1",
                "repeater: D(3) at C(2) in slot 0 is directly followed by C(2) at D(3) in slot 1");
    }

    @Test
    void invalidGameIsReportedNotThrown() {
        List<TtpGame> games = feasible();
        games.add(g(1, 1, 9));
        TtpEvaluation e = evaluator.evaluate(LINE, games);
        assertThat(e.violations()).contains(
                "invalid game home=1 away=1 slot=9 (teams 0..3, slots 0..5, home and away distinct)");
    }
}
