package org.flextime.scheduler.problems;

/**
 * Which engine a schedule request goes to and why, as the job reports it: the season engine for a season's sport,
 * the TTP solver for a RobinX instance that minimises travel, the CP-SAT engine (or, when asked, the ITC2021 annealer) for any other RobinX instance.
 */
public record EngineChoice(String engine, String reason) {

    /** The season engine (generator and Timefold optimizer). */
    public static final String SEASON = "season";
    /** The Traveling Tournament solver ({@code engines/ttp}). */
    public static final String TTP = "ttp";
    /** An ITC2021 instance's solver: the CP-SAT engine ({@code engines/cpsat}) or the annealer ({@code engines/itc}). */
    public static final String ITC2021 = "itc2021";

    /** The season engine for a sport of a season. */
    public static EngineChoice season(String sport, String season) {
        return new EngineChoice(SEASON, "season " + season + ", sport " + sport + ": the season engine");
    }

    /** The solver for an imported RobinX instance, by its objective, and for ITC2021 the engine the run asks for. */
    public static EngineChoice robinx(boolean minimizesTravel, InstanceRun run) {
        if (minimizesTravel) {
            return new EngineChoice(TTP, "robinx instance with a travel-distance objective (Traveling Tournament Problem)");
        }
        return new EngineChoice(ITC2021, "robinx instance with ITC2021 constraints: " + (run.usesCpSat()
                ? "the CP-SAT engine (feasibility first, then large neighbourhood search)"
                : "the ITC2021 annealer (engine anneal)"));
    }

    /** Whether this engine solves an imported RobinX instance rather than a season's sport. */
    public boolean solvesInstance() {
        return engine.equals(TTP) || engine.equals(ITC2021);
    }
}
