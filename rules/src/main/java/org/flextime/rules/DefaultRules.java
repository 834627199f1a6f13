package org.flextime.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flextime.domain.Blackout;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
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

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    private static final String NUM = "(\\d+|" + String.join("|", WORDS) + ")";
    private static final Pattern REMATCH = Pattern.compile("at least " + NUM + " games and " + NUM + " days apart"
            + "(?: \\(soft: " + NUM + " games and " + NUM + " days\\))?");
    private static final Pattern WEEKEND_HOMES = Pattern.compile("^soft: at least " + NUM + " weekend home games");
    private static final Pattern ROAD_WINDOW = Pattern.compile("never " + NUM + " road games in " + NUM + " weeks");
    private static final Pattern ENDS_HOME = Pattern.compile("a home game in the first " + NUM + " and in the last " + NUM + " weeks");
    private static final Pattern WEEKS_WITHOUT_HOME = Pattern.compile("no " + NUM + " straight weeks without a home game");
    private static final Pattern PARTNER_WEEKENDS = Pattern.compile("(?:weekend trips pair travel partners|trips are built on "
            + "travel partners(?:: " + NUM + " away-away and " + NUM + " home-home weekends( plus a single meeting with the "
            + "travel partner)?)?)");
    /** The longest home (and, where no road rule exists, road) run in meetings that costs nothing. */
    static final int DEFAULT_STREAK = 3;

    /**
     * The weight of each soft rule of the default sets: the weights the scheduler's optimizer used before it scored
     * with this catalog (per unit of the rule's penalty), so validation and optimization weigh alike.
     */
    public static final Map<String, Integer> WEIGHTS = weights();

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private static Map<String, Integer> weights() {
        Map<String, Integer> w = new LinkedHashMap<>();
        w.put("home-away-balance", 5000);
        w.put("weekend-home-games", 200);
        w.put("home-streak-preferred", 300);
        w.put("road-streak-preferred", 300);
        w.put("rematch-separation-preferred", 100);
        w.put("rest-days-preferred", 100);
        w.put("shared-home-day", 200);
        w.put("home-game-in-end-weeks", 200);
        w.put("weeks-without-home", 200);
        w.put("travel-partner-weekends", 200);
        w.put("doubleheader", 300);
        return java.util.Collections.unmodifiableMap(w);
    }

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
            rules.add(soft("home-away-balance", "home-away-balance", params().put("maxDifference", 1)));
        }
        rules.add(hard("blackout", "blackout", params().set("blackouts", blackouts(season.blackouts()))));
        rules.add(hard("outside-window", "window", params()));
        rules.add(hard("not-a-play-day", "play-days", params()));
        boolean series = f.kind() == Format.Kind.SERIES;
        rules.add(hard("double-booking", "games-per-day", series ? params().put("max", 1).put("doubleheaders", true)
                : params().put("max", 1)));
        if (series) {
            // a series may play two of its games on one day, legal but less liked than one game a day
            rules.add(soft("doubleheader", "doubleheader", params()));
        }
        if (sport.forbidsConsecutiveDays()) {
            rules.add(hard("consecutive-days", "rest-days", params().put("minDays", 1)));
        }
        sport.maxConsecutiveRoadGames().ifPresent(max ->
                rules.add(hard("consecutive-road-games", "max-consecutive", params().put("side", "away").put("max", max))));
        sport.endsBalance().ifPresent(e -> rules.add(hard("first-last-games-balance", "ends-balance",
                params().put("games", e.games()).put("minHome", e.minHome()).put("minAway", e.minAway()))));
        boolean weekendStated = false;
        for (String text : sport.rules()) {
            String rule = text.toLowerCase(Locale.ROOT);
            boolean softText = rule.startsWith("soft:");
            Matcher window = ROAD_WINDOW.matcher(rule);
            if (window.find()) {
                rules.add(new RuleDefinition("road-games-in-weeks", "road-games-in-weeks", softText ? Severity.SOFT : Severity.HARD,
                        1, params().put("games", number(window.group(1))).put("weeks", number(window.group(2)))));
            }
            Matcher rematch = REMATCH.matcher(rule);
            if (rematch.find()) {
                Severity severity = softText ? Severity.SOFT : Severity.HARD;
                rules.add(new RuleDefinition("rematch-separation", "rematch-separation", severity, 1, params()
                        .put("minGames", number(rematch.group(1))).put("minDays", number(rematch.group(2)))));
                if (rematch.group(3) != null) {
                    rules.add(soft("rematch-separation-preferred", "rematch-separation", params()
                            .put("minGames", number(rematch.group(3))).put("minDays", number(rematch.group(4)))));
                }
            }
            Matcher weekend = WEEKEND_HOMES.matcher(rule);
            if (weekend.find()) {
                ArrayNode days = nodes.arrayNode().add("FRI").add("SAT").add("SUN");
                rules.add(soft("weekend-home-games", "weekend-home-games",
                        params().put("min", number(weekend.group(1))).set("days", days)));
                weekendStated = true;
            }
            Matcher ends = ENDS_HOME.matcher(rule);
            if (ends.find() && ends.group(1).equals(ends.group(2))) {
                rules.add(soft("home-game-in-end-weeks", "ends-home-weeks", params().put("weeks", number(ends.group(1)))));
            }
            Matcher gap = WEEKS_WITHOUT_HOME.matcher(rule);
            if (gap.find()) {
                rules.add(soft("weeks-without-home", "weeks-without-home", params().put("weeks", number(gap.group(1)))));
            }
            Matcher partners = PARTNER_WEEKENDS.matcher(rule);
            if (partners.find()) {
                ObjectNode p = params();
                if (partners.group(1) != null) {
                    p.put("minAwayAway", number(partners.group(1))).put("minHomeHome", number(partners.group(2)));
                }
                if (partners.group(3) != null) {
                    p.put("partnerMeetings", 1);
                }
                rules.add(soft("travel-partner-weekends", "travel-partner-weekends", p));
            }
            String companion = rule.contains("avoid men's and women's home games") && sport.code().startsWith("W")
                    ? "M" + sport.code().substring(1) : rule.contains("avoid home football dates") ? "FB" : null;
            if (companion != null) {
                rules.add(soft("shared-home-day", "home-events-per-day", params().put("max", 1).put("companion", companion)));
            }
        }
        if (!weekendStated) {
            // where the rules state no number: at least half of a team's weekend games at home
            ArrayNode days = nodes.arrayNode().add("SAT").add("SUN");
            rules.add(soft("weekend-home-games", "weekend-home-games", params().put("minShare", 50).set("days", days)));
        }
        int streak = sport.maxConsecutiveRoadGames().orElse(DEFAULT_STREAK);
        rules.add(soft("home-streak-preferred", "max-consecutive", params().put("side", "home").put("max", streak).put("count", "meetings")));
        if (sport.maxConsecutiveRoadGames().isEmpty()) {
            rules.add(soft("road-streak-preferred", "max-consecutive", params().put("side", "away").put("max", DEFAULT_STREAK)
                    .put("count", "meetings")));
        }
        if (!sport.forbidsConsecutiveDays()) {
            // where the hard rule forbids consecutive days, a day's rest between meetings is already required
            rules.add(soft("rest-days-preferred", "rest-days", params().put("minDays", 1).put("count", "meetings")));
        }
        return new ConstraintSet(sport.code(), season.id(), rules);
    }

    /**
     * The sport whose schedule a set's rules need ({@code home-events-per-day} with a {@code companion}, e.g. men's
     * basketball for women's), if any.
     */
    public static Optional<String> companionOf(ConstraintSet set) {
        return set.rules().stream().filter(r -> r.kind().equals("home-events-per-day") && r.params().has("companion"))
                .map(r -> r.params().get("companion").asString()).findFirst();
    }

    /**
     * The set with the companion sport's home games added as events to every {@code home-events-per-day} rule that
     * names that sport as its {@code companion}: a school hosting a game of each on one day is then one event too many.
     */
    public static ConstraintSet withCompanion(ConstraintSet set, String companionSport, List<Game> companionGames) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (RuleDefinition r : set.rules()) {
            if (r.kind().equals("home-events-per-day") && r.params().has("companion")
                    && r.params().get("companion").asString().equals(companionSport)) {
                ObjectNode p = (ObjectNode) r.params().deepCopy();
                ArrayNode events = p.has("events") ? (ArrayNode) p.get("events") : p.putArray("events");
                for (Game g : companionGames) {
                    events.addObject().put("team", g.home()).put("date", g.date().toString())
                            .put("label", companionSport + " " + RuleContext.label(g));
                }
                rules.add(r.withParams(p));
            } else {
                rules.add(r);
            }
        }
        return new ConstraintSet(set.sport(), set.season(), rules);
    }

    private static int number(String text) {
        int w = WORDS.indexOf(text);
        return w >= 0 ? w : Integer.parseInt(text);
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

    private static RuleDefinition soft(String id, String kind, ObjectNode params) {
        return new RuleDefinition(id, kind, Severity.SOFT, WEIGHTS.getOrDefault(id, 1), params);
    }

    private static RuleDefinition hard(String id, String kind, ObjectNode params) {
        return new RuleDefinition(id, kind, Severity.HARD, 1, params);
    }
}
