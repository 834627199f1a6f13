package org.flextime.travel.schedules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.flextime.contracts.api.GameChange;
import org.flextime.contracts.api.GameView;
import org.flextime.contracts.api.ScheduleEditRequest;
import org.flextime.contracts.api.ScheduleListItem;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.contracts.api.TravelOptimizeRequest;
import org.flextime.contracts.api.TravelOptimizeResult;
import org.flextime.contracts.api.TravelReportView;
import org.flextime.contracts.api.VersionGame;
import org.flextime.contracts.api.VersionView;
import org.flextime.domain.FareSource;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.RoadTripRule;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonDataException;
import org.flextime.domain.SeasonDocuments;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.domain.TravelCosts;
import org.flextime.engine.travel.OptimizedTravel;
import org.flextime.engine.travel.SeasonTravel;
import org.flextime.engine.travel.TravelOptimizer;
import org.flextime.engine.travel.TravelOptions;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.platform.web.PreconditionFailedException;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import org.flextime.travel.fares.LiveFares;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schedule's travel through the public APIs of the services that own its parts: the scheduler's current version, its
 * pins and the season it was built from; the constraints service's active set for the sport (the sport's default set
 * when it has none or none is configured), with the companion sport's latest final schedule where a rule of the set
 * names one (two home games of a school on one day, at a shared arena), as the season engine reads it. {@link #report} prices it; {@link #optimize} lowers its cost with the travel
 * optimizer, asks the constraints service to confirm no hard rule broke, and saves the result as a new version through
 * the scheduler's batch edit, as the actor {@value #ACTOR}, against the version it read ({@code If-Match});
 * {@link #optimizeDraft} runs the same search on the creation saga's draft, before it is validated.
 */
public final class ScheduleTravel {
    /** Who the optimizer's versions are made by. */
    public static final String ACTOR = "travel-optimizer";
    private static final int MAX_SECONDS = 60;
    private static final long MAX_MOVES = 50_000_000;

    private final SchedulerApi scheduler;
    private final ConstraintsApi constraints;
    private final LiveFares fares;
    private final SeasonDocuments seasons;
    private final ObjectMapper json;
    private final Duration budget;

    /**
     * Travel over the given APIs ({@code constraints} null: the sport's default set, checked here); {@code fares} null:
     * the season's table prices every leg; an optimization searches {@code budget} unless a request says otherwise.
     */
    public ScheduleTravel(SchedulerApi scheduler, ConstraintsApi constraints, LiveFares fares, SeasonDocuments seasons,
                          ObjectMapper json, Duration budget) {
        this.scheduler = scheduler;
        this.constraints = constraints;
        this.fares = fares;
        this.seasons = seasons;
        this.json = json;
        this.budget = budget;
    }

    /** The schedule's current travel; {@code party} (optional) replaces the sport's travel party for a what-if. */
    public TravelReportView report(String id, Integer party) {
        Loaded s = load(id, party, null, null);
        Prices prices = prices();
        SeasonTravel travel = travel(s, prices.source());
        return TravelReports.view(s.summary(), travel.summarize(s.games()), prices.source() == FareSource.TABLE
                ? "season table" : "live fare feed", prices.note());
    }

    /** Optimizes the schedule's travel and saves it as a new version (none if nothing cheaper was found). */
    public TravelOptimizeResult optimize(String id, TravelOptimizeRequest request) {
        TravelOptimizeRequest r = request == null ? new TravelOptimizeRequest(null, null, null, null, null) : request;
        if (r.seconds() != null && (r.seconds() < 1 || r.seconds() > MAX_SECONDS)) {
            throw new InvalidFieldException("seconds", "seconds must be 1-" + MAX_SECONDS + ", got " + r.seconds(), 422);
        }
        if (r.moves() != null && (r.moves() < 1 || r.moves() > MAX_MOVES)) {
            throw new InvalidFieldException("moves", "moves must be 1-" + MAX_MOVES + ", got " + r.moves(), 422);
        }
        Loaded s = load(id, r.party(), r.maxGapDays(), r.maxDaysAway());
        Prices prices = prices();
        travel(s, prices.source());
        CompiledSet rules = read(id, () -> rules(s.season(), s.sport(), null));
        Set<String> pinned = new HashSet<>();
        s.version().games().stream().filter(VersionGame::pinned).forEach(g -> pinned.add(g.id()));
        // a move limit is the stop that repeats on any machine; time is then only the cap
        Duration searchFor = r.seconds() != null ? Duration.ofSeconds(r.seconds())
                : r.moves() != null ? Duration.ofSeconds(MAX_SECONDS) : budget;
        OptimizedTravel result = new TravelOptimizer(s.season(), s.sport(), rules, prices.source()).optimize(s.games(), pinned,
                new TravelOptions(r.seed() == null ? 1 : r.seed(), searchFor, r.moves() == null ? 0 : r.moves(),
                        TravelOptions.DEFAULT.softPrice()));
        int hardBefore = result.before().hardViolations();
        int hardAfter = result.changed().isEmpty() ? hardBefore : confirmedHard(s, result.games(), result.after().hardViolations());
        if (hardAfter > hardBefore) {
            throw new InvalidFieldException("id", "the constraints service counts " + hardAfter + " hard violations in the "
                    + "optimized schedule, " + hardBefore + " before; nothing was saved", 409);
        }
        int version = s.summary().version();
        if (!result.changed().isEmpty() && result.saving() > 0) {
            version = save(s, result).version();
        }
        boolean saved = version != s.summary().version();
        long after = saved ? result.dollarsAfter() : result.dollarsBefore();
        long saving = result.dollarsBefore() - after;
        return new TravelOptimizeResult(id, s.summary().version(), version, s.season().travelCosts().currency(),
                result.dollarsBefore(), after, saving, result.dollarsBefore() == 0 ? 0
                : Math.round(1000.0 * saving / result.dollarsBefore()) / 10.0,
                saved ? result.changed().stream().map(g -> new GameView(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.text(g.start()))).toList()
                        : List.of(), hardBefore, saved ? hardAfter : hardBefore, result.before().softPenalty(),
                saved ? result.after().softPenalty() : result.before().softPenalty(), result.accepted(),
                prices.source() == FareSource.TABLE ? "season table" : "live fare feed", prices.note());
    }

    /**
     * Lowers a draft's travel cost, as the creation saga's travel step does before the draft is validated: the same
     * search as {@link #optimize}, under the sport's constraint set at {@code constraintSetVersion} (null: the active one,
     * 0: the defaults) with the companion sport's final schedule, legs priced by the season's table (the figures the
     * saga records), nothing pinned (a draft has no pins yet). Saves nothing: the saga stores the games.
     */
    public OptimizedTravel optimizeDraft(Season season, Sport sport, List<Game> games, Integer constraintSetVersion,
                                         TravelOptions options) {
        return new TravelOptimizer(season, sport, rules(season, sport, constraintSetVersion), FareSource.TABLE)
                .optimize(games, Set.of(), options);
    }

    private record Loaded(ScheduleSummary summary, VersionView version, Season season, Sport sport, List<Game> games) {
    }

    private record Prices(FareSource source, Supplier<String> notes) {
        String note() {
            return notes.get();
        }
    }

    private Prices prices() {
        if (fares == null) {
            return new Prices(FareSource.TABLE, () -> null);
        }
        LiveFares.Quotes quotes = fares.quotes();
        return new Prices(quotes, quotes::note);
    }

    private SeasonTravel travel(Loaded s, FareSource prices) {
        try {
            return new SeasonTravel(s.season(), s.sport(), prices);
        } catch (IllegalArgumentException e) {
            // no mode of the season's table serves some leg for this party
            throw new InvalidFieldException("party", e.getMessage(), 422);
        }
    }

    private Loaded load(String id, Integer party, Integer maxGapDays, Integer maxDaysAway) {
        if (scheduler == null) {
            throw new InvalidFieldException("id", "this deployment cannot read schedules (flextime.travel.scheduler.url is "
                    + "not set)", 422);
        }
        ScheduleSummary summary = read(id, () -> scheduler.schedule(id));
        if (!"final".equals(summary.state())) {
            throw new InvalidFieldException("id", "schedule " + id + " is still being generated", 409);
        }
        if (summary.seasonVersion() == null) {
            throw new InvalidFieldException("id", "schedule " + id + " is not of a season's sport (a RobinX instance has no "
                    + "campuses to travel between)", 422);
        }
        VersionView version = read(id, () -> scheduler.version(id, summary.version()));
        Season stored;
        try {
            stored = seasons.season(summary.season(), summary.seasonVersion(),
                    read(id, () -> scheduler.season(summary.season(), summary.seasonVersion())).document());
        } catch (SeasonDataException e) {
            throw new InvalidFieldException(e.field(), "season " + summary.season() + " v" + summary.seasonVersion() + ": "
                    + e.problem(), 422);
        }
        Sport sport = stored.sport(summary.sport()).orElseThrow(() -> new InvalidFieldException("sport",
                "season " + summary.season() + " has no sport " + summary.sport(), 422));
        Season season = whatIf(stored, sport, party, maxGapDays, maxDaysAway);
        List<Game> games = new ArrayList<>();
        for (int i = 0; i < version.games().size(); i++) {
            VersionGame g = version.games().get(i);
            for (String side : List.of("home", "away")) {
                String team = side.equals("home") ? g.home() : g.away();
                if (!sport.hasParticipant(team)) {
                    throw new InvalidFieldException("games[" + i + "]." + side, "game " + g.id() + ": " + team
                            + " is not a team of " + sport.code() + " in season " + season.id(), 422);
                }
            }
            Team host = season.teams().get(g.home());
            if (g.venue() != null && !g.venue().equals(sport.venueOf(host)) && !knownVenue(season, g.venue())) {
                throw new InvalidFieldException("games[" + i + "].venue", "game " + g.id() + ": unknown venue '" + g.venue()
                        + "' (travel is measured between campuses, so a game must be at a school's venue)", 422);
            }
            games.add(new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start())));
        }
        return new Loaded(summary, version, season, sport, games);
    }

    private static boolean knownVenue(Season season, String venue) {
        return season.teams().values().stream().anyMatch(t -> t.arena().name().equals(venue) || t.stadium().name().equals(venue)
                || season.sports().stream().anyMatch(s -> s.venueOf(t).equals(venue)));
    }

    /** The season with the request's party and road-trip limits in place of its own. */
    private static Season whatIf(Season season, Sport sport, Integer party, Integer maxGapDays, Integer maxDaysAway) {
        TravelCosts costs = season.travelCosts();
        if (party != null) {
            if (party < 1) {
                throw new InvalidFieldException("party", "a travel party has at least one person, got " + party, 422);
            }
            Map<String, Integer> parties = new LinkedHashMap<>(costs.partySizes());
            parties.put(sport.code(), party);
            costs = new TravelCosts(costs.currency(), costs.roadFactor(), costs.fares(), parties, costs.defaultParty());
        }
        RoadTripRule trips = season.roadTrips();
        if (maxGapDays != null || maxDaysAway != null) {
            int gap = maxGapDays == null ? trips.maxGapDays() : maxGapDays;
            int away = maxDaysAway == null ? trips.maxDaysAway() : maxDaysAway;
            if (gap < 1) {
                throw new InvalidFieldException("maxGapDays", "a trip needs a gap of at least 1 day, got " + gap, 422);
            }
            if (away < 1) {
                throw new InvalidFieldException("maxDaysAway", "a trip spans at least 1 day, got " + away, 422);
            }
            trips = new RoadTripRule(gap, away);
        }
        return new Season(season.id(), season.conference(), season.teams(), season.sports(), season.blackouts(),
                season.travelPartners(), trips, costs);
    }

    /** The sport's constraint set ({@link #ruleSet}) with its companion's games, compiled against the season. */
    private CompiledSet rules(Season season, Sport sport, Integer version) {
        return new RuleCompiler().compile(withCompanion(season, ruleSet(season, sport, version)), season);
    }

    /**
     * The sport's constraint set from the constraints service at {@code version} (null: its active version), or the
     * sport's default set (no set, version 0, or no constraints service configured).
     */
    private ConstraintSet ruleSet(Season season, Sport sport, Integer version) {
        if (constraints != null && !Integer.valueOf(0).equals(version)) {
            for (JsonNode set : constraints.sets(season.id(), sport.code())) {
                JsonNode active = set.path("activeVersion");
                if (version != null || active.isIntegralNumber()) {
                    JsonNode v = constraints.version(set.path("id").asString(), version != null ? version : active.intValue());
                    return new ConstraintSetDocument().read(v.path("document"), sport.code(), season.id());
                }
            }
        }
        return new DefaultRules().forSport(season, sport);
    }

    /**
     * The set with the games of its companion sport (a rule naming one: men's basketball for women's, football for
     * volleyball), from the scheduler's latest final schedule of that sport and season, as the season engine optimizes
     * with them; the set as it is when it names none, no such schedule exists yet or no scheduler is configured.
     */
    private ConstraintSet withCompanion(Season season, ConstraintSet set) {
        String companion = DefaultRules.companionOf(set).orElse(null);
        if (companion == null || scheduler == null) {
            return set;
        }
        List<ScheduleListItem> latest = scheduler.schedules(season.id(), companion, "final", 1).items();
        if (latest.isEmpty()) {
            return set;
        }
        List<Game> games = scheduler.version(latest.get(0).id(), latest.get(0).version()).games().stream()
                .map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList();
        return DefaultRules.withCompanion(set, companion, games);
    }

    /** The hard violations the constraints service counts in the games (the local count when none is configured). */
    private int confirmedHard(Loaded s, List<Game> games, int local) {
        if (constraints == null) {
            return local;
        }
        ObjectNode request = json.createObjectNode();
        ObjectNode schedule = request.putObject("schedule").put("sport", s.sport().code()).put("season", s.season().id());
        ArrayNode list = schedule.putArray("games");
        for (Game g : games) {
            list.addObject().put("id", g.id()).put("date", g.date().toString()).put("home", g.home()).put("away", g.away())
                    .put("venue", g.venue());
        }
        return constraints.validate(request).path("hardViolations").asInt();
    }

    private VersionView save(Loaded s, OptimizedTravel result) {
        List<GameChange> changes = result.changed().stream()
                .map(g -> new GameChange(g.id(), g.date(), g.venue(), g.home(), g.away(), null, null)).toList();
        String reason = String.format(Locale.ROOT, "travel optimizer: $%,d less travel ($%,d to $%,d), %d games changed",
                result.saving(), result.dollarsBefore(), result.dollarsAfter(), changes.size());
        String etag = "\"v" + s.summary().version() + "\"";
        try {
            return scheduler.edit(s.summary().id(), etag, ACTOR, new ScheduleEditRequest(changes, reason));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().value() == 412) {
                String current = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getETag();
                throw new PreconditionFailedException("schedule " + s.summary().id() + " changed while its travel was "
                        + "optimized (from " + etag + "); optimize it again", current);
            }
            throw e;
        }
    }

    private static <T> T read(String id, Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpClientErrorException.NotFound e) {
            throw new NotFoundException("schedule", id);
        }
    }
}
