package org.flextime.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class TtpSolverTest {

    private final TtpEvaluator evaluator = new TtpEvaluator();

    @Test
    void findsTheOptimumOfNl4() {
        TtpInstance nl4 = new TtpRobinx().read(ReferenceData.instance("ttp", "NL4"));
        TtpResult result = new TtpSolver().solve(nl4, new TtpSolverConfig(Duration.ofSeconds(2), 7, 1));
        TtpEvaluation evaluation = evaluator.evaluate(nl4, result.games());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(result.feasible()).isTrue();
        assertThat(result.distance()).isEqualTo(8276).isEqualTo(evaluation.distance());
        assertThat(result.timeToFirstFeasible()).isPresent();
    }

    @Test
    void twoThreadsReturnAFeasibleScheduleWhoseDistanceTheEvaluatorConfirms() {
        TtpInstance circ8 = new TtpRobinx().read(ReferenceData.instance("ttp", "CIRC8"));
        TtpResult result = new TtpSolver().solve(circ8, new TtpSolverConfig(Duration.ofSeconds(2), 3, 2));
        TtpEvaluation evaluation = evaluator.evaluate(circ8, result.games());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(result.distance()).isEqualTo(evaluation.distance()).isGreaterThanOrEqualTo(132);
    }

    @Test
    void incrementalCostsAndUndoMatchAFullRecomputationAndTheEvaluator() {
        TtpInstance nl8 = new TtpRobinx().read(ReferenceData.instance("ttp", "NL8"));
        TtpState state = new TtpState(nl8);
        Random random = new Random(11);
        CanonicalSchedule.fill(state, random);
        TtpState check = new TtpState(nl8);
        for (int i = 0; i < 3000; i++) {
            int a = random.nextInt(8);
            int b = (a + 1 + random.nextInt(7)) % 8;
            int r1 = random.nextInt(14);
            int r2 = (r1 + 1 + random.nextInt(13)) % 14;
            switch (i % 5) {
                case 0 -> state.swapHomes(a, b);
                case 1 -> state.swapRounds(r1, r2);
                case 2 -> state.swapTeams(a, b);
                case 3 -> state.partialSwapRounds(a, r1, r2);
                default -> {
                    while (state.opp[a][r1] == b) {
                        r1 = random.nextInt(14);
                    }
                    state.partialSwapTeams(a, b, r1);
                }
            }
            long distBefore = state.dist;
            state.commitDirty();
            if (random.nextBoolean()) {
                state.undo();
            }
            check.copyFrom(state);
            check.recomputeAll();
            assertThat(state.dist).as("move %d", i).isEqualTo(check.dist);
            assertThat(state.viol).as("move %d", i).isEqualTo(check.viol).isEqualTo(referenceViolations(state, 3));
            TtpEvaluation evaluation = evaluator.evaluate(nl8, state.games());
            // The schedule stays a double round robin with one game per team and slot whatever the move.
            assertThat(evaluation.violations()).as("move %d", i)
                    .noneMatch(v -> v.startsWith("double round robin") || v.contains("expected exactly one"));
            assertThat(evaluation.distance()).isEqualTo(state.dist);
            assertThat(distBefore).isPositive();
        }
    }

    @Test
    void deltaEvaluationsMatchApplyingTheMove() {
        for (String name : new String[] {"NL8", "CIRC10"}) {
            TtpInstance instance = new TtpRobinx().read(ReferenceData.instance("ttp", name));
            TtpState state = new TtpState(instance);
            Random random = new Random(5);
            CanonicalSchedule.fill(state, random);
            int n = state.n;
            int rounds = state.rounds;
            for (int i = 0; i < 3000; i++) {
                int a = random.nextInt(n);
                int b = (a + 1 + random.nextInt(n - 1)) % n;
                int r1 = random.nextInt(rounds);
                int r2 = (r1 + 1 + random.nextInt(rounds - 1)) % rounds;
                long dist = state.dist;
                int viol = state.viol;
                switch (i % 4) {
                    case 0 -> {
                        state.deltaSwapHomes(a, b);
                        state.swapHomes(a, b);
                    }
                    case 3 -> {
                        state.deltaSwapTeams(a, b);
                        state.swapTeams(a, b);
                    }
                    case 1 -> {
                        state.deltaSwapRounds(r1, r2);
                        state.swapRounds(r1, r2);
                    }
                    default -> {
                        state.deltaPartialSwapRounds(a, r1, r2);
                        state.partialSwapRounds(a, r1, r2);
                    }
                }
                state.commitDirty();
                assertThat(state.dist - dist).as("%s move %d", name, i).isEqualTo(state.deltaDist);
                assertThat(state.viol - viol).as("%s move %d", name, i).isEqualTo(state.deltaViol);
                if (random.nextInt(4) == 0) {
                    state.undo();
                }
            }
        }
    }

    /** Streak excess and repeaters counted the plain way, to check the bit-mask counting of TtpState. */
    private static int referenceViolations(TtpState s, int maxStreak) {
        int v = 0;
        for (int t = 0; t < s.n; t++) {
            for (int r = 0; r < s.rounds; r++) {
                if (r >= 1 && s.opp[t][r] == s.opp[t][r - 1]) {
                    v++;
                }
                if (r >= maxStreak) {
                    boolean same = true;
                    for (int k = 1; k <= maxStreak; k++) {
                        same &= s.home[t][r - k] == s.home[t][r];
                    }
                    v += same ? 1 : 0;
                }
            }
        }
        return v;
    }
}
