package org.flextime.engine.season.optimizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.flextime.domain.RoadTrips;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.Rule;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleContext;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the constraints of one request score with and that does not change while solving: the compiled constraint
 * set (the catalog's rules, the same the validator uses, with the request's weights, rest days and companion schedule
 * applied, {@link #constraintSet}), the travel model and weight, and each team's venue. Shared by every fixture;
 * identity equality on purpose, so the constraint streams never compare its contents.
 *
 * <p>Timefold instantiates the {@link SeasonConstraints} provider itself, so a book is handed to it through a
 * short-lived registry ({@link #register}) keyed by a custom property of the solver config.
 */
public final class RuleBook {
    private static final Map<String, RuleBook> REGISTRY = new ConcurrentHashMap<>();

    private final CompiledSet set;
    private final RuleContext context;
    private final Set<String> hard;
    private final long travelWeight;
    private final long imbalanceWeight;
    private final SolveOptions.TravelUnit travelUnit;
    private final double dollarsPerMile;
    private final RoadTrips trips;
    private final Map<String, String> venues = new HashMap<>();

    /** Compiles the request's constraint set for the sport. */
    public RuleBook(Season season, Sport sport, SolveOptions options) {
        this.set = new RuleCompiler().compile(constraintSet(season, sport, options), season);
        // the team lists the constraint streams pass are immutable, so the rules may share their meetings per team
        this.context = set.context().memoizing();
        this.hard = set.rules().stream().filter(r -> r.definition().severity() == Severity.HARD)
                .map(r -> r.definition().id()).collect(Collectors.toUnmodifiableSet());
        this.travelWeight = options.weights().getOrDefault(SolveOptions.TRAVEL, 1L);
        this.travelUnit = options.travelUnit();
        List<Team> teams = season.participants(sport);
        this.trips = RoadTrips.forSport(season, sport);
        this.dollarsPerMile = trips.dollarsPerMile(teams.stream().map(Team::code).toList());
        this.imbalanceWeight = options.weights().getOrDefault(SolveOptions.IMBALANCE, SolveOptions.IMBALANCE_MILES * travelWeight);
        for (Team t : teams) {
            venues.put(t.code(), sport.venueOf(t));
        }
    }

    /**
     * The set a request optimizes against: its own ({@link SolveOptions#constraintSet}) or the sport's default set;
     * with the companion sport's home games as events of the rules that name a companion, a {@code minRestDays}
     * other than 1 as the minimum of {@code rest-days-preferred}, and the request's weights (by rule id or alias) on
     * its soft rules, weight 0 dropping the rule. An alias whose rule the set lacks weighs nothing; any other name that
     * is not a soft rule of the set or {@code travel} is an {@link IllegalArgumentException} naming the known ones.
     */
    public static ConstraintSet constraintSet(Season season, Sport sport, SolveOptions options) {
        ConstraintSet base = options.constraintSet() != null ? options.constraintSet() : new DefaultRules().forSport(season, sport);
        if (!options.companion().isEmpty()) {
            String companion = DefaultRules.companionOf(base).orElse(null);
            if (companion != null) {
                base = DefaultRules.withCompanion(base, companion, options.companion());
            }
        }
        List<RuleDefinition> rules = new ArrayList<>(base.rules());
        if (options.minRestDays() != 1) {
            RuleDefinition rest = base.rule("rest-days-preferred").orElse(new RuleDefinition("rest-days-preferred", "rest-days",
                    Severity.SOFT, DefaultRules.WEIGHTS.get("rest-days-preferred"), null));
            ObjectNode p = ((ObjectNode) rest.params().deepCopy()).put("minDays", options.minRestDays()).put("count", "meetings");
            rules.removeIf(r -> r.id().equals(rest.id()));
            rules.add(rest.withParams(p));
        }
        for (Map.Entry<String, Long> w : options.weights().entrySet()) {
            if (w.getKey().equals(SolveOptions.TRAVEL) || w.getKey().equals(SolveOptions.IMBALANCE)) {
                continue;
            }
            String id = SolveOptions.ruleId(w.getKey());
            int at = -1;
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).id().equals(id) && rules.get(i).severity() == Severity.SOFT) {
                    at = i;
                }
            }
            if (at < 0 && SolveOptions.ALIASES.containsKey(w.getKey())) {
                continue; // an old name whose rule this sport's set does not have: nothing to weigh
            }
            if (at < 0) {
                throw new IllegalArgumentException("unknown soft constraint '" + w.getKey() + "' for " + sport.code() + ", known: "
                        + weightNames(new ConstraintSet(base.sport(), base.season(), rules)));
            }
            RuleDefinition r = rules.get(at);
            if (w.getValue() == 0) {
                rules.remove(at);
            } else {
                rules.set(at, new RuleDefinition(r.id(), r.kind(), r.severity(), (int) (long) w.getValue(), r.params()));
            }
        }
        return new ConstraintSet(base.sport(), base.season(), rules);
    }

    /** The names a request may weigh for a set: {@code travel}, {@code home-away-imbalance}, its soft rule ids, and the aliases of those. */
    public static Set<String> weightNames(ConstraintSet set) {
        Set<String> names = new TreeSet<>();
        names.add(SolveOptions.TRAVEL);
        names.add(SolveOptions.IMBALANCE);
        for (RuleDefinition r : set.rules()) {
            if (r.severity() == Severity.SOFT) {
                names.add(r.id());
            }
        }
        SolveOptions.ALIASES.forEach((alias, id) -> {
            if (names.contains(id)) {
                names.add(alias);
            }
        });
        return names;
    }

    /** How many game lists per team {@link #results} remembers. */
    private static final int REMEMBERED = 6;
    private final Map<String, java.util.ArrayDeque<Results>> results = new HashMap<>();

    /**
     * The remembered results of the rules for a team's games: found again when the list holds the very same game
     * objects in the same order (a fixture's games are fixed per placement), else new and remembered, oldest forgotten.
     * Used by one solver thread at a time.
     */
    synchronized Results results(String team, List<org.flextime.domain.Game> games) {
        java.util.ArrayDeque<Results> seen = results.computeIfAbsent(team, t -> new java.util.ArrayDeque<>());
        for (Results r : seen) {
            if (r.sameGames(games)) {
                return r;
            }
        }
        Results r = new Results(List.copyOf(games), set.rules().size());
        if (seen.size() == REMEMBERED) {
            seen.removeLast();
        }
        seen.addFirst(r);
        return r;
    }

    /** One team's games and the rule results computed for them so far. */
    static final class Results {
        private final List<org.flextime.domain.Game> games;
        private final Object[] byRule;
        private long travel = -1;
        private List<org.flextime.rules.Violation> all;

        Results(List<org.flextime.domain.Game> games, int rules) {
            this.games = games;
            this.byRule = new Object[rules];
        }

        List<org.flextime.domain.Game> games() {
            return games;
        }

        boolean sameGames(List<org.flextime.domain.Game> other) {
            if (other.size() != games.size()) {
                return false;
            }
            for (int i = 0; i < games.size(); i++) {
                if (other.get(i) != games.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @SuppressWarnings("unchecked")
        synchronized List<org.flextime.rules.Violation> violations(int rule,
                java.util.function.Supplier<List<org.flextime.rules.Violation>> compute) {
            if (byRule[rule] == null) {
                byRule[rule] = List.copyOf(compute.get());
            }
            return (List<org.flextime.rules.Violation>) byRule[rule];
        }

        synchronized List<org.flextime.rules.Violation> all(
                java.util.function.Supplier<List<org.flextime.rules.Violation>> compute) {
            if (all == null) {
                all = List.copyOf(compute.get());
            }
            return all;
        }

        synchronized long travel(java.util.function.LongSupplier compute) {
            if (travel < 0) {
                travel = compute.getAsLong();
            }
            return travel;
        }
    }

    /** Registers the book for a {@link SeasonConstraints} about to be created; returns its key. */
    String register() {
        String key = UUID.randomUUID().toString();
        REGISTRY.put(key, this);
        return key;
    }

    /** Forgets a registration once the solver factory and its score directors exist. */
    static void unregister(String key) {
        REGISTRY.remove(key);
    }

    static RuleBook registered(String key) {
        RuleBook book = REGISTRY.get(key);
        if (book == null) {
            throw new IllegalStateException("no rule book registered under " + key);
        }
        return book;
    }

    /** The compiled rules, in set order. */
    public List<Rule> rules() {
        return set.rules();
    }

    /** The compiled set. */
    public CompiledSet set() {
        return set;
    }

    /** What the rules read besides the games. */
    public RuleContext context() {
        return context;
    }

    /** Whether the named constraint is a HARD rule. */
    public boolean isHard(String constraint) {
        return hard.contains(constraint);
    }

    /** Weight of a unit of travel, a dollar or a mile (0: travel is not optimized). */
    public long travelWeight() {
        return travelWeight;
    }

    /**
     * A team's travel over its games in date order as the travel term counts it: miles, or its dollars in miles' worth
     * at the sport's average price of a mile. Dollars order schedules exactly as dollars do; counted so, the rules'
     * weights and the imbalance term keep the balance against travel they were set for in miles.
     */
    public long travel(String team, List<org.flextime.domain.Game> games) {
        return travelUnit == SolveOptions.TravelUnit.MILES ? trips.miles(team, games) : cost(team, games);
    }

    /**
     * A team's travel cost as the reported quality counts it whatever the request's unit: its dollars in miles' worth
     * at the sport's average price of a mile ({@link org.flextime.domain.QualityInputs#travelCost}).
     */
    public long cost(String team, List<org.flextime.domain.Game> games) {
        return trips.cost(team, games, dollarsPerMile);
    }

    /** What the travel term counts. */
    public SolveOptions.TravelUnit travelUnit() {
        return travelUnit;
    }

    /** Weight of a unit of a team's |home - away| (0: not optimized). */
    public long imbalanceWeight() {
        return imbalanceWeight;
    }

    /** The travel model: the season's road-trip rule over the sport's teams. */
    public RoadTrips trips() {
        return trips;
    }

    /** The venue a team hosts the sport at. */
    String venue(String team) {
        return venues.get(team);
    }
}
