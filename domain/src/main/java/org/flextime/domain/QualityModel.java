package org.flextime.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A transparent quality score until a trained model replaces it. The score starts at 100 and each component
 * deducts points, each with a cap so one kind of flaw cannot hide the others:
 * <ul>
 * <li>{@code hardViolations}: 15 per HARD violation, at most 50 (an infeasible schedule is poor at best);</li>
 * <li>{@code conflicts}: 10 per conflict, at most 25 (a double booking cannot be played as scheduled);</li>
 * <li>{@code softPenalty}: soft penalty points per game, 1 point per 150, at most 10 (the rule catalog's weights are
 * set in miles' worth, so a penalty point counts as a mile does; at 20 points per point per game, as before, every
 * Big 12 draft lost the full 10 and no improvement of the soft rules showed);</li>
 * <li>{@code travel}: the travel cost per game ({@link QualityInputs#travelCost}: the season's dollars in miles' worth
 * at the sport's average price of a mile, the figure the optimizer minimises) beyond 500, 1 point per 150, at most 10
 * (a Big 12 single-game season averages about 1,400 round-trip miles per game, so this separates real schedules
 * rather than saturating);</li>
 * <li>{@code homeAwayImbalance}: the imbalance fraction x 20, at most 5.</li>
 * </ul>
 * Below the caps and above the travel allowance, every component is linear in one currency, a mile's worth per game:
 * the optimizer's soft score (rules' penalty, travel cost, 1,500 per unit of a team's |home - away|) divided by
 * 150 times the games is exactly what the score deducts, so a schedule it scores better the quality scores higher.
 * Any HARD violation or conflict also caps the score at 60; the other components deduct at most 25 together,
 * so every schedule with a HARD violation or conflict scores below every one without. Each component in the
 * result is the points it deducted.
 */
public final class QualityModel {
    static final double FEASIBILITY_CAP = 60;
    static final double TRAVEL_FREE_MILES = 500;
    static final double MILES_PER_TRAVEL_POINT = 150;
    /** Soft penalty points per game that deduct one point: the same 150 as miles, the rules' weights being miles' worth. */
    static final double PENALTY_PER_SOFT_POINT = 150;

    /** Scores a schedule from its summary numbers. */
    public QualityScore score(QualityInputs in) {
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("hardViolations", Math.min(50, 15.0 * in.hardViolations()));
        c.put("conflicts", Math.min(25, 10.0 * in.conflicts()));
        double perGameSoft = in.games() == 0 ? in.softPenalty() : (double) in.softPenalty() / in.games();
        c.put("softPenalty", Math.min(10, perGameSoft / PENALTY_PER_SOFT_POINT));
        double costPerGame = in.games() == 0 ? 0 : in.travelCost() / in.games();
        c.put("travel", Math.min(10, Math.max(0, costPerGame - TRAVEL_FREE_MILES) / MILES_PER_TRAVEL_POINT));
        c.put("homeAwayImbalance", Math.min(5, 20 * in.homeAwayImbalance()));
        double value = 100 - c.values().stream().mapToDouble(Double::doubleValue).sum();
        if (in.hardViolations() > 0 || in.conflicts() > 0) {
            value = Math.min(value, FEASIBILITY_CAP);
        }
        return new QualityScore(Math.max(0, Math.min(100, value)), c);
    }
}
