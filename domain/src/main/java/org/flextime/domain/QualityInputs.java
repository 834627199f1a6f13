package org.flextime.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the quality model looks at: number of games, HARD violations, SOFT penalty, conflicts, total miles
 * travelled, home/away imbalance as a fraction in [0, 1] (e.g. the mean over teams of |home - away| / games), and the
 * travel cost the model deducts for: the season's travel dollars in miles' worth at the sport's average price of a mile
 * (what the season optimizer minimises, {@link RoadTrips#dollars} over the price of a mile), or the miles themselves
 * from a sender that prices no leg.
 */
public record QualityInputs(int games, int hardViolations, int softPenalty, int conflicts, double totalMiles,
                            double homeAwayImbalance, double travelCost) {
    /** Rejects negative counts and an imbalance outside [0, 1]. */
    public QualityInputs {
        if (games < 0 || hardViolations < 0 || softPenalty < 0 || conflicts < 0 || totalMiles < 0 || Double.isNaN(totalMiles)
                || travelCost < 0 || Double.isNaN(travelCost)) {
            throw new IllegalArgumentException("quality inputs must not be negative: " + games + ", " + hardViolations
                    + ", " + softPenalty + ", " + conflicts + ", " + totalMiles + ", " + travelCost);
        }
        if (!(homeAwayImbalance >= 0 && homeAwayImbalance <= 1)) {
            throw new IllegalArgumentException("homeAwayImbalance must be in [0, 1], got " + homeAwayImbalance);
        }
    }

    /** Inputs from a sender that knows miles only: a mile counts as a mile's worth of travel cost. */
    public QualityInputs(int games, int hardViolations, int softPenalty, int conflicts, double totalMiles,
                         double homeAwayImbalance) {
        this(games, hardViolations, softPenalty, conflicts, totalMiles, homeAwayImbalance, totalMiles);
    }

    /**
     * A schedule's home/away imbalance: the mean over teams of |home games - away games| / games played, a fraction in
     * [0, 1] (a raw count grows with the season's length and left the model's range for series sports).
     */
    public static double homeAwayImbalance(List<Game> games) {
        Map<String, Integer> balance = new HashMap<>();
        Map<String, Integer> played = new HashMap<>();
        for (Game g : games) {
            balance.merge(g.home(), 1, Integer::sum);
            balance.merge(g.away(), -1, Integer::sum);
            played.merge(g.home(), 1, Integer::sum);
            played.merge(g.away(), 1, Integer::sum);
        }
        return balance.entrySet().stream().mapToDouble(b -> Math.abs(b.getValue()) / (double) played.get(b.getKey()))
                .average().orElse(0);
    }
}
