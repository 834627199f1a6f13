package org.flextime.scheduler.problems;

/**
 * Which engine a schedule request goes to and why, as the job reports it: the season engine for a season's sport,
 * the TTP solver for a RobinX instance that minimises travel, the ITC2021 solver for any other RobinX instance.
 */
public record EngineChoice(String engine, String reason) {

    /** The season engine (generator and Timefold optimizer). */
    public static final String SEASON = "season";
    /** The Traveling Tournament solver ({@code engines/ttp}). */
    public static final String TTP = "ttp";
    /** The ITC2021 solver ({@code engines/itc}). */
    public static final String ITC2021 = "itc2021";

    /** The season engine for a sport of a season. */
    public static EngineChoice season(String sport, String season) {
        return new EngineChoice(SEASON, "season " + season + ", sport " + sport + ": the season engine");
    }

    /** The solver for an imported RobinX instance, by its objective. */
    public static EngineChoice robinx(boolean minimizesTravel) {
        return minimizesTravel
                ? new EngineChoice(TTP, "robinx instance with a travel-distance objective (Traveling Tournament Problem)")
                : new EngineChoice(ITC2021, "robinx instance with ITC2021 constraints");
    }

    /** Whether this engine solves an imported RobinX instance rather than a season's sport. */
    public boolean solvesInstance() {
        return engine.equals(TTP) || engine.equals(ITC2021);
    }
}
