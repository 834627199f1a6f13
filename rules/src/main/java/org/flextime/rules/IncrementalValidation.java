package org.flextime.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flextime.domain.Game;

/**
 * The validation of one schedule against one compiled set, kept up to date as games change. A change
 * re-evaluates team rules only for the teams of the old and new game, venue rules only for their venues, game
 * rules only for that game, schedule rules kept as per-team parts (RobinX BR2) only for the parts of those two teams
 * before combining them, RobinX families that count only some teams' games (GA1, CA4, FA2) only when a change
 * touches one of those teams, and other schedule rules (which read everything) in full. Not thread-safe: one owner edits it.
 */
public final class IncrementalValidation {

    private static final Comparator<Game> BY_DATE = Comparator.comparing(Game::date).thenComparing(Game::id);

    private final CompiledSet set;
    private final List<String> teams;
    private final Map<String, Game> games = new LinkedHashMap<>();
    private final Map<String, List<Game>> byTeam = new LinkedHashMap<>();
    /** Games by venue, venues in name order (games without a venue are at no venue). */
    private final Map<String, List<Game>> byVenue = new java.util.TreeMap<>();
    /** Per rule: for team rules team -> violations, for game rules game id -> violations, for schedule rules "" -> violations. */
    private final List<Map<String, List<Violation>>> results = new ArrayList<>();
    /** Per rule: for whole-schedule rules combined from per-team parts, team -> part (else null). */
    private final List<Map<String, Object>> parts = new ArrayList<>();
    private int lastEvaluations;
    /** False until the first (full) evaluation is done. */
    private boolean initialized;
    private ValidationReport report;

    IncrementalValidation(CompiledSet set, List<Game> initial) {
        this.set = set;
        this.teams = set.sport().participants();
        for (String t : teams) {
            byTeam.put(t, new ArrayList<>());
        }
        for (int r = 0; r < set.rules().size(); r++) {
            results.add(new HashMap<>());
            parts.add(set.rules().get(r) instanceof RobinxRule.TeamParts ? new HashMap<>() : null);
        }
        for (Game g : initial) {
            games.put(g.id(), g);
            if (known(g)) {
                byTeam.get(g.home()).add(g);
                byTeam.get(g.away()).add(g);
                if (g.venue() != null) {
                    byVenue.computeIfAbsent(g.venue(), v -> new ArrayList<>()).add(g);
                }
            }
        }
        byTeam.values().forEach(l -> l.sort(BY_DATE));
        byVenue.values().forEach(l -> l.sort(BY_DATE));
        evaluate(new LinkedHashSet<>(teams), new LinkedHashSet<>(byVenue.keySet()), new LinkedHashSet<>(games.keySet()));
        initialized = true;
    }

    /** The current report. */
    public ValidationReport report() {
        return report;
    }

    /** The games as they stand, in their original order (a replaced game keeps its place). */
    public List<Game> games() {
        return List.copyOf(games.values());
    }

    /** How many (rule, team / game / schedule) units the last change evaluated; the first validation counts all. */
    public int lastEvaluations() {
        return lastEvaluations;
    }

    /** Moves one game to another date. */
    public ValidationReport move(String gameId, LocalDate date) {
        Game g = games.get(gameId);
        if (g == null) {
            throw new IllegalArgumentException("no game " + gameId);
        }
        return update(List.of(g.withDate(date)), List.of());
    }

    /** Replaces or adds games (by id) and removes others, then re-evaluates what they touch. */
    public ValidationReport update(Collection<Game> upserts, Collection<String> removals) {
        Set<String> dirtyTeams = new LinkedHashSet<>();
        Set<String> dirtyVenues = new LinkedHashSet<>();
        Set<String> dirtyGames = new LinkedHashSet<>();
        for (String id : removals) {
            Game old = games.remove(id);
            if (old != null) {
                unplace(old, dirtyTeams, dirtyVenues);
                dirtyGames.add(id);
            }
        }
        for (Game g : upserts) {
            Game old = games.put(g.id(), g);
            if (old != null) {
                unplace(old, dirtyTeams, dirtyVenues);
            }
            if (known(g)) {
                place(byTeam.get(g.home()), g);
                place(byTeam.get(g.away()), g);
                dirtyTeams.add(g.home());
                dirtyTeams.add(g.away());
                if (g.venue() != null) {
                    place(byVenue.computeIfAbsent(g.venue(), v -> new ArrayList<>()), g);
                    dirtyVenues.add(g.venue());
                }
            }
            dirtyGames.add(g.id());
        }
        evaluate(dirtyTeams, dirtyVenues, dirtyGames);
        return report;
    }

    private boolean known(Game g) {
        return set.sport().hasParticipant(g.home()) && set.sport().hasParticipant(g.away());
    }

    private void unplace(Game old, Set<String> dirtyTeams, Set<String> dirtyVenues) {
        if (known(old)) {
            byTeam.get(old.home()).remove(old);
            byTeam.get(old.away()).remove(old);
            dirtyTeams.add(old.home());
            dirtyTeams.add(old.away());
            if (old.venue() != null) {
                List<Game> atVenue = byVenue.get(old.venue());
                atVenue.remove(old);
                if (atVenue.isEmpty()) {
                    byVenue.remove(old.venue());
                }
                dirtyVenues.add(old.venue());
            }
        }
    }

    private static void place(List<Game> list, Game g) {
        int at = Collections.binarySearch(list, g, BY_DATE);
        list.add(at < 0 ? -at - 1 : at, g);
    }

    private void evaluate(Set<String> dirtyTeams, Set<String> dirtyVenues, Set<String> dirtyGames) {
        RuleContext ctx = set.context();
        int evaluations = 0;
        List<Game> knownGames = null;
        for (int r = 0; r < set.rules().size(); r++) {
            Rule rule = set.rules().get(r);
            Map<String, List<Violation>> byKey = results.get(r);
            if (rule instanceof Rule.TeamRule teamRule) {
                for (String t : dirtyTeams) {
                    List<Violation> out = new ArrayList<>(0);
                    teamRule.evaluate(t, byTeam.get(t), ctx, out);
                    put(byKey, t, out);
                    evaluations++;
                }
            } else if (rule instanceof Rule.VenueRule venueRule) {
                for (String venue : dirtyVenues) {
                    List<Violation> out = new ArrayList<>(0);
                    List<Game> atVenue = byVenue.get(venue);
                    if (atVenue != null) {
                        venueRule.evaluate(venue, atVenue, ctx, out);
                        evaluations++;
                    }
                    put(byKey, venue, out);
                }
            } else if (rule instanceof Rule.GameRule gameRule) {
                for (String id : dirtyGames) {
                    Game g = games.get(id);
                    List<Violation> out = new ArrayList<>(0);
                    if (g != null && (!gameRule.needsKnownTeams() || known(g))) {
                        gameRule.evaluate(g, ctx, out);
                        evaluations++;
                    }
                    put(byKey, id, out);
                }
            } else if (rule instanceof RobinxRule.TeamParts teamParts) {
                Map<String, Object> byTeamPart = parts.get(r);
                for (String t : dirtyTeams) {
                    byTeamPart.put(t, teamParts.part(t, byTeam.get(t)));
                    evaluations++;
                }
                List<Violation> out = new ArrayList<>(0);
                teamParts.combine(byTeamPart, this::knownGames, out);
                put(byKey, "", out);
            } else if (rule instanceof Rule.ScheduleRule scheduleRule) {
                if (initialized && rule instanceof RobinxRule robinx && java.util.Collections.disjoint(robinx.reads(), dirtyTeams)) {
                    // a RobinX family (GA1, CA4, FA2) that counts none of the changed teams' games: its result stands
                    continue;
                }
                if (knownGames == null) {
                    knownGames = games.values().stream().filter(this::known).toList();
                }
                List<Violation> out = new ArrayList<>();
                scheduleRule.evaluate(knownGames, ctx, out);
                put(byKey, "", out);
                evaluations++;
            }
        }
        lastEvaluations = evaluations;
        report = assemble();
    }

    private List<Game> knownGames() {
        return games.values().stream().filter(this::known).toList();
    }

    private static void put(Map<String, List<Violation>> byKey, String key, List<Violation> out) {
        if (out.isEmpty()) {
            byKey.remove(key);
        } else {
            byKey.put(key, out);
        }
    }

    /** Violations in a stable order: rules in definition order, then teams in participant order or games in schedule order. */
    private ValidationReport assemble() {
        List<Violation> all = new ArrayList<>();
        for (int r = 0; r < set.rules().size(); r++) {
            Map<String, List<Violation>> byKey = results.get(r);
            if (byKey.isEmpty()) {
                continue;
            }
            Rule rule = set.rules().get(r);
            if (rule instanceof Rule.TeamRule) {
                for (String t : teams) {
                    List<Violation> v = byKey.get(t);
                    if (v != null) {
                        all.addAll(v);
                    }
                }
            } else if (rule instanceof Rule.VenueRule) {
                for (String venue : byVenue.keySet()) {
                    List<Violation> v = byKey.get(venue);
                    if (v != null) {
                        all.addAll(v);
                    }
                }
            } else if (rule instanceof Rule.GameRule) {
                for (String id : games.keySet()) {
                    List<Violation> v = byKey.get(id);
                    if (v != null) {
                        all.addAll(v);
                    }
                }
            } else {
                all.addAll(byKey.get(""));
            }
        }
        return ValidationReport.of(all);
    }
}
