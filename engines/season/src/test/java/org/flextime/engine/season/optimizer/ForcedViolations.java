package org.flextime.engine.season.optimizer;

/**
 * The hard penalty the 2025-26 data leaves no way around. Baseball cannot be feasible: BYU plays a series in each of
 * the ten weeks, and in the first one (the window opens on Friday, BYU's Sunday is blacked out) only Friday and
 * Saturday are left, so its Saturday doubleheader double-books BYU and its opponent.
 */
final class ForcedViolations {
    private ForcedViolations() {
    }

    /** The least hard penalty any schedule of the sport has (double bookings, 1 per team). */
    static long hardPenalty(String sport) {
        return sport.equals("BSB") ? 2 : 0;
    }
}
