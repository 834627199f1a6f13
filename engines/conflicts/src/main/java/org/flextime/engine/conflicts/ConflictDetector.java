package org.flextime.engine.conflicts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.Rule;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.flextime.rules.Violation;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds games that cannot all happen: a team booked twice on one day ("team-double-booked") and a venue
 * hosting two games on one day ("venue-double-booked"). Both are found by the rule catalog's own
 * {@code games-per-day} rule (per team, and per venue), the rule the validator and the optimizer use, so a clash
 * means the same thing everywhere and is explained in the same words. Each conflict suggests moving the last-listed
 * game of the clash to a free date: first the schedule's own game days (they are known play days), nearest to
 * the clash, on which neither team nor the venue is busy, preferring one with no game of either team the day
 * before or after; if none, the nearest free calendar day within
 * two weeks. The detector only sees the games, so it cannot know blackouts: the validator checks the move.
 * Under a sport's rules ({@link #forSport}) the double-booking rule's own parameters apply: in a series sport a
 * doubleheader (two games of one series on one day) is no clash.
 */
public final class ConflictDetector {
    private static final int SEARCH_DAYS = 14;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Rule teamClash;
    private final Rule venueClash;

    /** The detector for which any second game of a team or venue on one day is a clash. */
    public ConflictDetector() {
        this(NODES.objectNode().put("max", 1));
    }

    private ConflictDetector(ObjectNode dayRuleParams) {
        this.teamClash = clashRule("team-double-booked", dayRuleParams, "team");
        this.venueClash = clashRule("venue-double-booked", dayRuleParams, "venue");
    }

    /**
     * The detector under a constraint set: its hard per-team {@code games-per-day} rule's parameters (max,
     * doubleheaders) for teams and venues alike; the strict detector if the set has no such rule.
     */
    public static ConflictDetector under(ConstraintSet set) {
        return set.rules().stream()
                .filter(r -> r.kind().equals("games-per-day") && r.severity() == Severity.HARD)
                .filter(r -> r.params() == null || !r.params().has("per") || r.params().get("per").asString().equals("team"))
                .findFirst()
                .map(r -> new ConflictDetector(r.params() == null ? NODES.objectNode() : (ObjectNode) r.params().deepCopy()))
                .orElseGet(ConflictDetector::new);
    }

    /**
     * The detector under the sport's default constraint set ({@link DefaultRules}), so a clash means what the validator
     * means by it; the strict detector for a sport the season does not have.
     */
    public static ConflictDetector forSport(Season season, String sportCode) {
        return season.sport(sportCode).map(sport -> new DefaultRules().forSport(season, sport))
                .map(ConflictDetector::under)
                .orElseGet(ConflictDetector::new);
    }

    /** All team and venue double bookings in the games, ordered by date. */
    public List<Conflict> detect(List<Game> games) {
        List<Conflict> out = new ArrayList<>();
        Busy busy = Busy.of(games);
        Map<String, Game> byId = new HashMap<>();
        games.forEach(g -> byId.putIfAbsent(g.id(), g));
        collect(games, teamClash, g -> List.of(g.home(), g.away()), busy, byId, out);
        collect(games, venueClash, g -> g.venue() == null ? List.of() : List.of(g.venue()), busy, byId, out);
        out.sort(Comparator.comparing(Conflict::date).thenComparing(Conflict::type).thenComparing(Conflict::subject));
        return List.copyOf(out);
    }

    // games-per-day reads nothing but the games, so it compiles without a season or sport
    private static Rule clashRule(String id, ObjectNode params, String per) {
        return new RuleCompiler().compile(new RuleDefinition(id, "games-per-day", Severity.HARD, 1,
                params.deepCopy().put("per", per)), null, null, "$");
    }

    private static void collect(List<Game> games, Rule rule, Function<Game, List<String>> subjects, Busy busy,
                                Map<String, Game> byId, List<Conflict> out) {
        Map<String, List<Game>> index = new TreeMap<>();
        for (Game g : games) {
            for (String s : subjects.apply(g)) {
                index.computeIfAbsent(s, k -> new ArrayList<>()).add(g);
            }
        }
        index.forEach((subject, list) -> {
            list.sort(Comparator.comparing(Game::date).thenComparing(Game::id));
            List<Violation> found = new ArrayList<>();
            if (rule instanceof Rule.TeamRule team) {
                team.evaluate(subject, list, null, found);
            } else if (rule instanceof Rule.VenueRule venue) {
                venue.evaluate(subject, list, null, found);
            }
            for (Violation v : found) {
                List<Game> clash = v.gameIds().stream().map(byId::get).toList();
                Game move = clash.get(clash.size() - 1);
                out.add(new Conflict(v.rule(), subject, clash.get(0).date(), v.gameIds(), v.explanation(), fix(move, busy)));
            }
        });
    }

    private static String fix(Game move, Busy busy) {
        Optional<LocalDate> free = busy.freeDateFor(move);
        return free.map(d -> "move " + move.id() + " to " + d + ", a free date for both " + move.home() + " and "
                        + move.away() + (move.venue() == null ? "" : " and for " + move.venue()))
                .orElse("move " + move.id() + " (" + label(move) + "): no free date for both " + move.home() + " and "
                        + move.away() + " within " + SEARCH_DAYS + " days, so swap it with another game or drop it");
    }

    private static String label(Game g) {
        return g.id() + " " + g.away() + " at " + g.home();
    }

    /** Which days each team and venue is already busy, and the days the schedule plays on. */
    private record Busy(Map<String, Set<LocalDate>> teamDays, Map<String, Set<LocalDate>> venueDays,
                        TreeSet<LocalDate> gameDays) {
        static Busy of(List<Game> games) {
            Map<String, Set<LocalDate>> teams = new TreeMap<>();
            Map<String, Set<LocalDate>> venues = new TreeMap<>();
            TreeSet<LocalDate> days = new TreeSet<>();
            for (Game g : games) {
                teams.computeIfAbsent(g.home(), k -> new TreeSet<>()).add(g.date());
                teams.computeIfAbsent(g.away(), k -> new TreeSet<>()).add(g.date());
                if (g.venue() != null) {
                    venues.computeIfAbsent(g.venue(), k -> new TreeSet<>()).add(g.date());
                }
                days.add(g.date());
            }
            return new Busy(teams, venues, days);
        }

        boolean free(Game g, LocalDate d) {
            return !teamDays.getOrDefault(g.home(), Set.of()).contains(d)
                    && !teamDays.getOrDefault(g.away(), Set.of()).contains(d)
                    && (g.venue() == null || !venueDays.getOrDefault(g.venue(), Set.of()).contains(d));
        }

        boolean rested(Game g, LocalDate d) {
            for (String t : List.of(g.home(), g.away())) {
                Set<LocalDate> own = teamDays.getOrDefault(t, Set.of());
                if (own.contains(d.minusDays(1)) || own.contains(d.plusDays(1))) {
                    return false;
                }
            }
            return true;
        }

        Optional<LocalDate> freeDateFor(Game g) {
            Comparator<LocalDate> nearest = Comparator.comparingLong(
                    (LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(g.date(), d))).thenComparing(d -> d);
            // a rested date (neither team plays the day before or after) beats a merely free one
            Optional<LocalDate> rested = gameDays.stream()
                    .filter(d -> !d.equals(g.date()) && free(g, d) && rested(g, d)).min(nearest);
            if (rested.isPresent()) {
                return rested;
            }
            Optional<LocalDate> onGameDay = gameDays.stream().filter(d -> !d.equals(g.date()) && free(g, d)).min(nearest);
            if (onGameDay.isPresent()) {
                return onGameDay;
            }
            for (int k = 1; k <= SEARCH_DAYS; k++) {
                for (LocalDate d : List.of(g.date().plusDays(k), g.date().minusDays(k))) {
                    if (free(g, d)) {
                        return Optional.of(d);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
