package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import tools.jackson.databind.JsonNode;

/**
 * The home and away order the generator must reach, counted in meetings (a round of the draft): the longest road
 * and home runs allowed, how many home and away meetings each team needs among its first and last ones, and the
 * fewest meetings between the two legs of a home-and-home. They are the hard {@code max-consecutive},
 * {@code ends-balance} and {@code rematch-separation} rules of the constraint set the season is built for, so the
 * generator works to the same numbers the validator checks.
 */
public record HomeAwayLimits(OptionalInt maxRoadRun, OptionalInt maxHomeRun, List<Ends> ends, OptionalInt minLegGap) {

    /** No limit at all: the polish has nothing to do. */
    public static final HomeAwayLimits NONE = new HomeAwayLimits(OptionalInt.empty(), OptionalInt.empty(), List.of(),
            OptionalInt.empty());

    /** Among a team's first and among its last {@code meetings} meetings, at least so many home and away ones. */
    public record Ends(int meetings, int minHome, int minAway) {
    }

    /** Copies the list. */
    public HomeAwayLimits {
        ends = List.copyOf(ends);
    }

    /**
     * The limits of the set's hard rules for a sport whose meetings are {@code gamesPerMeeting} games long (a series,
     * or 1): a rule counted in games allows the meetings that fit in it, one counted in meetings applies as it is.
     */
    public static HomeAwayLimits of(ConstraintSet set, int gamesPerMeeting) {
        int per = Math.max(1, gamesPerMeeting);
        OptionalInt road = OptionalInt.empty();
        OptionalInt home = OptionalInt.empty();
        List<Ends> ends = new ArrayList<>();
        OptionalInt legGap = OptionalInt.empty();
        for (RuleDefinition r : set.rules()) {
            if (r.severity() != Severity.HARD) {
                continue;
            }
            JsonNode p = r.params();
            int unit = "meetings".equals(text(p, "count", "games")) ? 1 : per;
            if (r.kind().equals("max-consecutive") && p.has("max")) {
                int max = p.get("max").asInt() / unit;
                if ("home".equals(text(p, "side", "away"))) {
                    home = strictest(home, max);
                } else {
                    road = strictest(road, max);
                }
            } else if (r.kind().equals("ends-balance") && p.has("games")) {
                ends.add(new Ends(ceil(p.get("games").asInt(), per), ceil(integer(p, "minHome"), per),
                        ceil(integer(p, "minAway"), per)));
            } else if (r.kind().equals("rematch-separation") && p.has("minGames")) {
                int gap = ceil(p.get("minGames").asInt(), per);
                legGap = OptionalInt.of(legGap.isPresent() ? Math.max(legGap.getAsInt(), gap) : gap);
            }
        }
        return new HomeAwayLimits(road, home, ends, legGap);
    }

    /** Whether nothing limits the order of home and away meetings (a leg gap alone is kept by the draw itself). */
    public boolean isEmpty() {
        return maxRoadRun.isEmpty() && maxHomeRun.isEmpty() && ends.isEmpty();
    }

    private static OptionalInt strictest(OptionalInt current, int max) {
        return OptionalInt.of(current.isPresent() ? Math.min(current.getAsInt(), max) : max);
    }

    private static String text(JsonNode p, String name, String fallback) {
        return p.has(name) ? p.get(name).asString() : fallback;
    }

    private static int integer(JsonNode p, String name) {
        return p.has(name) ? p.get(name).asInt() : 0;
    }

    private static int ceil(int games, int per) {
        return (games + per - 1) / per;
    }
}
