package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.config.solver.SolverConfig;
import org.flextime.engine.ttp.TtpEngine;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpSolverConfig;

/**
 * Baseline (a): the standard Timefold sports-league model, each match a planning entity assigned to a round, solved
 * with Timefold's default construction heuristic and local search.
 */
public final class TimefoldSportsLeagueBaseline implements TtpEngine {

    /** Name used in reports. */
    @Override
    public String name() {
        return "timefold-default";
    }

    /** Runs one default Timefold solver per thread and keeps the best. */
    @Override
    public TtpResult solve(TtpInstance instance, TtpSolverConfig config) {
        return TimefoldRunner.solve(instance, config, seed -> TimefoldRunner.model(seed, config.timeLimit()),
                () -> TimefoldRunner.problem(instance));
    }
}
