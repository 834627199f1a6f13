package org.flextime.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flextime.domain.Blackout;
import org.flextime.domain.Format;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The constraint set a sport gets when nobody configured one: its format, the season's calendar and
 * blackouts, and the rules the season JSON states in prose. This is what validation uses with zero config.
 */
public final class DefaultRules {

    private static final Pattern REMATCH = Pattern.compile("at least (\\d+) games and (\\d+) days apart"
            + "(?: \\(soft: (\\d+) games and (\\d+) days\\))?");
    private static final Pattern WEEKEND_HOMES = Pattern.compile("^soft: at least (\\d+) weekend home games");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** The default set of the sport in the season. */
    public ConstraintSet forSport(Season season, Sport sport) {
        Format f = sport.format();
        List<RuleDefinition> rules = new ArrayList<>();
        rules.add(hard("unknown-team", "participants", params()));
        rules.add(hard("games-per-team", "games-per-team", params().put("games", f.totalGamesPerTeam())));
        boolean partialDouble = f.kind() == Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN;
        boolean doubleRoundRobin = f.kind() == Format.Kind.ROUND_ROBIN && f.gamesPerTeam() == 2 * (sport.participants().size() - 1);
        int maxMeetings = partialDouble || doubleRoundRobin ? 2 : 1;
        rules.add(hard("repeated-meeting", "repeated-meeting", params().put("max", maxMeetings)));
        if (maxMeetings == 2) {
            rules.add(hard("home-and-away", "home-and-away", params()));
        }
        if (partialDouble) {
            rules.add(hard("opponents-twice", "opponent-count", params().put("times", 2).put("count", f.opponentsTwice())));
            rules.add(hard("opponents-once", "opponent-count", params().put("times", 1).put("count", f.opponentsOnce())));
        }
        boolean seriesLimit = f.kind() == Format.Kind.SERIES && f.maxHomeSeries() > 0;
        if (f.homeGames().isPresent() || seriesLimit) {
            ObjectNode p = params();
            f.homeGames().ifPresent(r -> p.put("min", r.min()).put("max", r.max()));
            if (seriesLimit) {
                p.put("maxHomeSeries", f.maxHomeSeries());
            }
            rules.add(hard("home-games", "home-games", p));
        }
        if (f.kind() != Format.Kind.SERIES) {
            rules.add(new RuleDefinition("home-away-balance", "home-away-balance", Severity.SOFT, 1, params().put("maxDifference", 1)));
        }
        rules.add(hard("blackout", "blackout", params().set("blackouts", blackouts(season.blackouts()))));
        rules.add(hard("outside-window", "window", params()));
        rules.add(hard("not-a-play-day", "play-days", params()));
        if (sport.forbidsConsecutiveDays()) {
            rules.add(hard("consecutive-days", "rest-days", params().put("minDays", 1)));
        }
        sport.maxConsecutiveRoadGames().ifPresent(max ->
                rules.add(hard("consecutive-road-games", "max-consecutive", params().put("side", "away").put("max", max))));
        sport.endsBalance().ifPresent(e -> rules.add(hard("first-last-games-balance", "ends-balance",
                params().put("games", e.games()).put("minHome", e.minHome()).put("minAway", e.minAway()))));
        for (String text : sport.rules()) {
            String rule = text.toLowerCase(Locale.ROOT);
            Matcher rematch = REMATCH.matcher(rule);
            if (rematch.find()) {
                Severity severity = rule.startsWith("soft:") ? Severity.SOFT : Severity.HARD;
                rules.add(new RuleDefinition("rematch-separation", "rematch-separation", severity, 1, params()
                        .put("minGames", Integer.parseInt(rematch.group(1))).put("minDays", Integer.parseInt(rematch.group(2)))));
                if (rematch.group(3) != null) {
                    rules.add(new RuleDefinition("rematch-separation-preferred", "rematch-separation", Severity.SOFT, 1, params()
                            .put("minGames", Integer.parseInt(rematch.group(3))).put("minDays", Integer.parseInt(rematch.group(4)))));
                }
            }
            Matcher weekend = WEEKEND_HOMES.matcher(rule);
            if (weekend.find()) {
                ArrayNode days = nodes.arrayNode().add("FRI").add("SAT").add("SUN");
                rules.add(new RuleDefinition("weekend-home-games", "weekend-home-games", Severity.SOFT, 1,
                        params().put("min", Integer.parseInt(weekend.group(1))).set("days", days)));
            }
        }
        return new ConstraintSet(sport.code(), season.id(), rules);
    }

    private ArrayNode blackouts(List<Blackout> blackouts) {
        ArrayNode out = nodes.arrayNode();
        for (Blackout b : blackouts) {
            ObjectNode n = out.addObject();
            if (b.allTeams()) {
                n.put("teams", "all");
            } else {
                ArrayNode teams = n.putArray("teams");
                b.teams().forEach(teams::add);
            }
            b.weekday().ifPresent(d -> n.put("weekday", d.name().substring(0, 3)));
            b.from().ifPresent(d -> n.put("from", d.toString()));
            b.to().ifPresent(d -> n.put("to", d.toString()));
            n.put("reason", b.reason());
        }
        return out;
    }

    private ObjectNode params() {
        return nodes.objectNode();
    }

    private static RuleDefinition hard(String id, String kind, ObjectNode params) {
        return new RuleDefinition(id, kind, Severity.HARD, 1, params);
    }
}
