package org.flextime.engine.ttp;

/** A TTP solving approach that the CLI and the benchmark harness can run side by side. */
public interface TtpEngine {

    /** Short name for reports. */
    String name();

    /** Solves the instance within the configured budget. */
    TtpResult solve(TtpInstance instance, TtpSolverConfig config);
}
