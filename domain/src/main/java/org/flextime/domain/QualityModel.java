package org.flextime.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A transparent quality score until a trained model replaces it. The score starts at 100 and each component
 * deducts points, each with a cap so one kind of flaw cannot hide the others:
 * <ul>
 * <li>{@code hardViolations}: 15 per HARD violation, at most 50 (an infeasible schedule is poor at best);</li>
 * <li>{@code conflicts}: 10 per conflict, at most 25 (a double booking cannot be played as scheduled);</li>
 * <li>{@code softPenalty}: soft penalty points per game x 20, at most 10;</li>
 * <li>{@code travel}: average miles per game beyond 500, 1 point per 150 miles, at most 10 (a Big 12
 * single-game season averages about 1,400 round-trip miles per game, so this separates real schedules
 * rather than saturating);</li>
 * <li>{@code homeAwayImbalance}: the imbalance fraction x 20, at most 5.</li>
 * </ul>
 * Any HARD violation or conflict also caps the score at 60; the other components deduct at most 25 together,
 * so every schedule with a HARD violation or conflict scores below every one without. Each component in the
 * result is the points it deducted.
 */
public final class QualityModel {
    static final double FEASIBILITY_CAP = 60;
    static final double TRAVEL_FREE_MILES = 500;
    static final double MILES_PER_TRAVEL_POINT = 150;

    /** Scores a schedule from its summary numbers. */
    public QualityScore score(QualityInputs in) {
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("hardViolations", Math.min(50, 15.0 * in.hardViolations()));
        c.put("conflicts", Math.min(25, 10.0 * in.conflicts()));
        double perGameSoft = in.games() == 0 ? in.softPenalty() : (double) in.softPenalty() / in.games();
        c.put("softPenalty", Math.min(10, 20 * perGameSoft));
        double milesPerGame = in.games() == 0 ? 0 : in.totalMiles() / in.games();
        c.put("travel", Math.min(10, Math.max(0, milesPerGame - TRAVEL_FREE_MILES) / MILES_PER_TRAVEL_POINT));
        c.put("homeAwayImbalance", Math.min(5, 20 * in.homeAwayImbalance()));
        double value = 100 - c.values().stream().mapToDouble(Double::doubleValue).sum();
        if (in.hardViolations() > 0 || in.conflicts() > 0) {
            value = Math.min(value, FEASIBILITY_CAP);
        }
        return new QualityScore(Math.max(0, Math.min(100, value)), c);
    }
}
