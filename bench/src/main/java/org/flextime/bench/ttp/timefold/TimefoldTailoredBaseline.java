package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.Random;
import org.flextime.engine.ttp.TtpEngine;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpSolverConfig;

/**
 * Baseline (b): the tailored Timefold model an expert would write. It starts from a canonical double round robin
 * and searches only with the round-robin-preserving TTP moves under late acceptance.
 */
public final class TimefoldTailoredBaseline implements TtpEngine {

    /** Name used in reports. */
    @Override
    public String name() {
        return "timefold-tailored";
    }

    /** Runs one tailored Timefold solver per thread and keeps the best. */
    @Override
    public TtpResult solve(TtpInstance instance, TtpSolverConfig config) {
        return TimefoldRunner.solve(instance, config, seed -> TimefoldRunner.model(seed, config.timeLimit())
                        .withPhases(new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(TtpMoveIteratorFactory.class))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))),
                () -> canonicalStart(instance, config.seed()));
    }

    /** Mirrored circle-method double round robin with alternating venues under a seeded team relabelling. */
    static TfSchedule canonicalStart(TtpInstance instance, long seed) {
        TfSchedule schedule = TimefoldRunner.problem(instance);
        int n = instance.teams();
        int half = n - 1;
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = label[i];
            label[i] = label[j];
            label[j] = x;
        }
        TfMatch[][] byPair = new TfMatch[n][n];
        for (TfMatch m : schedule.getMatches()) {
            byPair[m.getHome()][m.getAway()] = m;
        }
        for (int r = 0; r < half; r++) {
            place(byPair, label[n - 1], label[r], r % 2 == 0, r, half);
            for (int k = 1; k < n / 2; k++) {
                place(byPair, label[(r + k) % half], label[(r - k + half) % half], k % 2 == 1, r, half);
            }
        }
        return schedule;
    }

    private static void place(TfMatch[][] byPair, int a, int b, boolean aHome, int r, int half) {
        TfMatch first = aHome ? byPair[a][b] : byPair[b][a];
        TfMatch second = aHome ? byPair[b][a] : byPair[a][b];
        first.setRound(r);
        second.setRound(r + half);
    }
}
