package org.flextime.engine.travel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flextime.domain.FareSource;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ValidationReport;

/**
 * Lowers what a sport's schedule costs in travel while every hard rule of the given constraint set holds as well as it
 * did (a feasible schedule stays feasible) and pinned games stay as they are. A simulated-annealing search over the
 * moves a conference scheduler would make ({@link Moves}): exchange the home team of a meeting (both games of a
 * home-and-home pair, all games of a series), flip a single meeting, move a game to an open date, exchange the dates of
 * two games of a team, exchange two whole rounds or series weekends, exchange the opponents of two meetings of one day
 * (or two series of one weekend), bring a travel partner's visit next to its partner's, and visit a trip's stops in the
 * cheapest order ({@link TripOrder}). A move is priced on the teams it touches ({@link SeasonTravel}) and only a move
 * worth taking is validated, incrementally, against the rules; a soft point is worth {@link TravelOptions#softPrice}
 * dollars, so the search gives up the schedule's reported quality only at that price. The answer is the best
 * schedule seen among those that cost no more than the one it started from.
 */
public final class TravelOptimizer {
    private static final double START_TEMPERATURE = 5000;
    private static final double END_TEMPERATURE = 20;

    private final Season season;
    private final Sport sport;
    private final CompiledSet rules;
    private final SeasonTravel travel;

    /** An optimizer for one sport under a compiled constraint set, legs priced by the season's table. */
    public TravelOptimizer(Season season, Sport sport, CompiledSet rules) {
        this(season, sport, rules, FareSource.TABLE);
    }

    /** An optimizer for one sport under a compiled constraint set, legs priced by the given source. */
    public TravelOptimizer(Season season, Sport sport, CompiledSet rules, FareSource prices) {
        this.season = season;
        this.sport = sport;
        this.rules = rules;
        this.travel = new SeasonTravel(season, sport, prices);
    }

    /** The travel model the optimizer prices with. */
    public SeasonTravel travel() {
        return travel;
    }

    /** A schedule that costs no more than {@code games} with no more hard violations; {@code pinned} ids stay put. */
    public OptimizedTravel optimize(List<Game> games, Set<String> pinned, TravelOptions options) {
        long started = System.nanoTime();
        Search s = new Search(games, pinned, options);
        ValidationReport before = s.validation.report();
        long dollarsBefore = s.dollars;
        s.run(started);
        List<Game> result = new ArrayList<>();
        List<Game> changed = new ArrayList<>();
        for (Game g : games) {
            Game now = s.best.get(g.id());
            result.add(now);
            if (!now.equals(g)) {
                changed.add(now);
            }
        }
        ValidationReport after = rules.validate(result);
        return new OptimizedTravel(result, changed, dollarsBefore, travel.dollars(result), before, after, s.accepted,
                s.movesTried, (System.nanoTime() - started) / 1_000_000);
    }

    /** One run's mutable state: the games, each team's games in date order and dollars, the incremental validation. */
    private final class Search {
        private final TravelOptions options;
        private final Set<String> pinned;
        private final java.util.Random random;
        private final Map<String, Game> games = new LinkedHashMap<>();
        private final Map<String, List<Game>> byTeam;
        private final Map<String, Long> teamDollars = new HashMap<>();
        private final org.flextime.rules.IncrementalValidation validation;
        private final Moves moves;
        private final Map<String, Integer> accepted = new TreeMap<>();
        private long dollars;
        private final long startDollars;
        private int hard;
        private int soft;
        private Map<String, Game> best;
        private double bestScore;
        private long movesTried;

        Search(List<Game> input, Set<String> pinned, TravelOptions options) {
            this.options = options;
            this.pinned = Set.copyOf(pinned);
            this.random = new java.util.Random(options.seed());
            input.forEach(g -> games.put(g.id(), g));
            byTeam = SeasonTravel.byTeam(input, season);
            byTeam.forEach((t, list) -> teamDollars.put(t, travel.model().dollars(t, list)));
            dollars = teamDollars.values().stream().mapToLong(Long::longValue).sum();
            startDollars = dollars;
            validation = rules.start(input);
            hard = validation.report().hardViolations();
            soft = validation.report().softPenalty();
            moves = new Moves(season, sport, this.pinned, random);
            best = new LinkedHashMap<>(games);
            bestScore = score();
        }

        private double score() {
            return dollars + options.softPrice() * soft;
        }

        void run(long started) {
            long limit = options.timeLimit().toNanos();
            while (true) {
                long elapsed = System.nanoTime() - started;
                if (elapsed >= limit || (options.maxMoves() > 0 && movesTried >= options.maxMoves())) {
                    return;
                }
                double progress = options.maxMoves() > 0 ? (double) movesTried / options.maxMoves() : (double) elapsed / limit;
                double temperature = START_TEMPERATURE * Math.pow(END_TEMPERATURE / START_TEMPERATURE, progress);
                movesTried++;
                Moves.Move move = moves.next(games, byTeam, travel.model());
                if (move != null) {
                    attempt(move, temperature);
                }
            }
        }

        private void attempt(Moves.Move move, double temperature) {
            Map<String, Game> after = move.after();
            Set<String> teams = new HashSet<>();
            List<Game> olds = new ArrayList<>();
            for (Game g : after.values()) {
                Game old = games.get(g.id());
                olds.add(old);
                teams.add(old.home());
                teams.add(old.away());
                teams.add(g.home());
                teams.add(g.away());
            }
            Map<String, List<Game>> lists = new HashMap<>();
            Map<String, Long> costs = new HashMap<>();
            long delta = 0;
            for (String t : teams) {
                // a game may change teams (exchanged opponents): drop every moved game, add back those of this team
                List<Game> list = new ArrayList<>(byTeam.getOrDefault(t, List.of()));
                list.removeIf(g -> after.containsKey(g.id()));
                after.values().stream().filter(g -> g.involves(t)).forEach(list::add);
                list.sort(SeasonTravel.BY_DATE);
                long cost = travel.model().dollars(t, list);
                lists.put(t, list);
                costs.put(t, cost);
                delta += cost - teamDollars.getOrDefault(t, 0L);
            }
            double draw = random.nextDouble();
            if (delta > 0 && draw >= Math.exp(-delta / temperature)) {
                return;
            }
            ValidationReport report = validation.update(after.values(), List.of());
            double total = delta + options.softPrice() * (report.softPenalty() - soft);
            if (report.hardViolations() > hard || (total > 0 && draw >= Math.exp(-total / temperature))) {
                validation.update(olds, List.of());
                return;
            }
            games.putAll(after);
            byTeam.putAll(lists);
            teamDollars.putAll(costs);
            dollars += delta;
            hard = report.hardViolations();
            soft = report.softPenalty();
            accepted.merge(move.kind(), 1, Integer::sum);
            // the answer never costs more than the schedule asked about: soft points are bought with travel only on the
            // way to a cheaper schedule, never as the result of a request to lower travel
            if (dollars <= startDollars && score() < bestScore - 1e-9) {
                bestScore = score();
                best = new LinkedHashMap<>(games);
            }
        }
    }

    /**
     * The neighbourhood: each call proposes one move at random, or null when the draw found none (a pinned game, no open
     * date). Moves keep the format (a meeting stays a meeting of the same teams; a series stays in one week).
     */
    static final class Moves {
        /** A proposal: the games it replaces (by id) with what they become. */
        record Move(String kind, Map<String, Game> after) {
        }

        private final Season season;
        private final Sport sport;
        private final Set<String> pinned;
        private final java.util.Random random;
        private final boolean series;
        private final Map<String, Set<LocalDate>> playable = new HashMap<>();

        Moves(Season season, Sport sport, Set<String> pinned, java.util.Random random) {
            this.season = season;
            this.sport = sport;
            this.pinned = pinned;
            this.random = random;
            this.series = sport.format().kind() == Format.Kind.SERIES;
        }

        Move next(Map<String, Game> games, Map<String, List<Game>> byTeam, org.flextime.domain.RoadTrips trips) {
            List<Game> all = List.copyOf(games.values());
            Game g = all.get(random.nextInt(all.size()));
            int pick = random.nextInt(series ? 4 : 9);
            return switch (pick) {
                case 0 -> flipMeeting(g, byTeam);
                case 1 -> series ? swapWeeks(all) : swapRounds(all);
                case 2 -> series ? exchangeOpponents(g, all) : flipOne(g);
                case 3 -> series ? flipMeeting(g, byTeam) : moveGame(g, byTeam);
                case 4 -> swapTeamGames(g, byTeam);
                case 5, 6 -> partnerTrip(g, byTeam, trips);
                case 7 -> exchangeOpponents(g, all);
                default -> reorderTrip(g, byTeam, trips);
            };
        }

        /**
         * Two meetings on the same day exchange their visitors (A hosts B and C hosts D become A hosts D and C hosts B):
         * every team keeps its day and its home or away, only who meets whom changes, which is how a partial round robin
         * chooses its single meetings to shorten travel. The rules judge the format (no third meeting, rivalries kept).
         */
        private Move exchangeOpponents(Game g, List<Game> all) {
            if (pinned.contains(g.id())) {
                return null;
            }
            List<Game> sameDay = all.stream().filter(o -> o.date().equals(g.date()) && !o.id().equals(g.id())
                    && !pinned.contains(o.id()) && !o.involves(g.home()) && !o.involves(g.away())).toList();
            if (sameDay.isEmpty()) {
                return null;
            }
            Game h = sameDay.get(random.nextInt(sameDay.size()));
            if (series) {
                return exchangeSeriesOpponents(g, h, all);
            }
            Game a = g.withSides(g.home(), h.away(), g.venue());
            Game b = h.withSides(h.home(), g.away(), h.venue());
            if (!playable(a).contains(a.date()) || !playable(b).contains(b.date())) {
                return null;
            }
            return new Move("exchange-opponents", Map.of(a.id(), a, b.id(), b));
        }

        /** The series of two meetings of one weekend exchange their visitors, each on its new pairing's series days. */
        private Move exchangeSeriesOpponents(Game g, Game h, List<Game> all) {
            LocalDate week = monday(g.date());
            List<Game> first = meeting(all, g, week);
            List<Game> second = meeting(all, h, week);
            if (first.size() != second.size() || first.stream().anyMatch(o -> pinned.contains(o.id()))
                    || second.stream().anyMatch(o -> pinned.contains(o.id()))) {
                return null;
            }
            List<LocalDate> firstDates = season.seriesDates(sport, g.home(), h.away(), week);
            List<LocalDate> secondDates = season.seriesDates(sport, h.home(), g.away(), week);
            if (firstDates.size() < first.size() || secondDates.size() < second.size()) {
                return null;
            }
            Map<String, Game> after = new LinkedHashMap<>();
            for (int i = 0; i < first.size(); i++) {
                Game a = first.get(i);
                Game b = second.get(i);
                after.put(a.id(), a.withDate(firstDates.get(i)).withSides(a.home(), h.away(), a.venue()));
                after.put(b.id(), b.withDate(secondDates.get(i)).withSides(b.home(), g.away(), b.venue()));
            }
            return new Move("exchange-series-opponents", after);
        }

        /** The games of the week's series between the two teams of {@code g}, in date order. */
        private static List<Game> meeting(List<Game> all, Game g, LocalDate week) {
            List<Game> out = new ArrayList<>(all.stream().filter(o -> monday(o.date()).equals(week) && o.home().equals(g.home())
                    && o.away().equals(g.away())).toList());
            out.sort(SeasonTravel.BY_DATE);
            return out;
        }

        /**
         * A team's visit to one travel partner (Arizona) brought next to its visit to the other (Arizona State), so the
         * two become one trip: the second visit moves to a date within the road-trip gap of the first, exchanging dates
         * with the team's game there if it has one.
         */
        private Move partnerTrip(Game g, Map<String, List<Game>> byTeam, org.flextime.domain.RoadTrips trips) {
            String team = g.away();
            String partner = season.travelPartners().stream().filter(p -> p.contains(g.home()))
                    .flatMap(List::stream).filter(t -> !t.equals(g.home()) && !t.equals(team)).findFirst().orElse(null);
            if (partner == null || pinned.contains(g.id())) {
                return null;
            }
            List<Game> own = byTeam.get(team);
            List<Game> visits = own.stream().filter(o -> o.home().equals(partner) && o.away().equals(team)
                    && !pinned.contains(o.id())).toList();
            if (visits.isEmpty()) {
                return null;
            }
            Game visit = visits.get(random.nextInt(visits.size()));
            int gap = trips.rule().maxGapDays();
            int offset = random.nextInt(2 * gap + 1) - gap;
            LocalDate target = g.date().plusDays(offset);
            if (offset == 0 || target.equals(visit.date()) || !playable(visit).contains(target)) {
                return null;
            }
            Game there = own.stream().filter(o -> o.date().equals(target)).findFirst().orElse(null);
            if (there == null) {
                return busy(byTeam.get(partner), target, Set.of()) ? null
                        : new Move("partner-trip", Map.of(visit.id(), on(visit, target)));
            }
            if (pinned.contains(there.id()) || there.id().equals(g.id()) || !playable(there).contains(visit.date())) {
                return null;
            }
            Set<String> moving = Set.of(visit.id(), there.id());
            if (busy(byTeam.get(partner), target, moving) || busy(byTeam.get(there.opponentOf(team)), visit.date(), moving)) {
                return null;
            }
            return new Move("partner-trip", Map.of(visit.id(), on(visit, target), there.id(), on(there, visit.date())));
        }

        /** The home team of every game between the two teams (both games of a pair, a week's series) changes. */
        private Move flipMeeting(Game g, Map<String, List<Game>> byTeam) {
            Map<String, Game> after = new LinkedHashMap<>();
            LocalDate week = monday(g.date());
            for (Game o : byTeam.get(g.home())) {
                if (o.involves(g.away()) && (!series || monday(o.date()).equals(week))) {
                    if (pinned.contains(o.id())) {
                        return null;
                    }
                    after.put(o.id(), flipped(o));
                }
            }
            return new Move("exchange-home-of-meeting", after);
        }

        private Move flipOne(Game g) {
            return pinned.contains(g.id()) ? null : new Move("flip-home", Map.of(g.id(), flipped(g)));
        }

        private Game flipped(Game g) {
            return g.withSides(g.away(), g.home(), sport.venueOf(season.teams().get(g.away())));
        }

        /** The game on another date both teams may play and neither does. */
        private Move moveGame(Game g, Map<String, List<Game>> byTeam) {
            if (series || pinned.contains(g.id())) {
                return null;
            }
            List<LocalDate> open = new ArrayList<>();
            for (LocalDate d : playable(g)) {
                if (!busy(byTeam.get(g.home()), d, Set.of()) && !busy(byTeam.get(g.away()), d, Set.of())) {
                    open.add(d);
                }
            }
            if (open.isEmpty()) {
                return null;
            }
            LocalDate d = open.get(random.nextInt(open.size()));
            return new Move("move-date", Map.of(g.id(), on(g, d)));
        }

        /** Two games of one team exchange dates, when both opponents are free on their new dates. */
        private Move swapTeamGames(Game g, Map<String, List<Game>> byTeam) {
            if (series) {
                return null;
            }
            String team = random.nextBoolean() ? g.home() : g.away();
            List<Game> own = byTeam.get(team);
            Game h = own.get(random.nextInt(own.size()));
            if (h.date().equals(g.date()) || pinned.contains(g.id()) || pinned.contains(h.id())
                    || !playable(g).contains(h.date()) || !playable(h).contains(g.date())) {
                return null;
            }
            Set<String> moving = Set.of(g.id(), h.id());
            String x = g.opponentOf(team);
            String y = h.opponentOf(team);
            if (busy(byTeam.get(x), h.date(), moving) || busy(byTeam.get(y), g.date(), moving)) {
                return null;
            }
            return new Move("exchange-dates", Map.of(g.id(), on(g, h.date()), h.id(), on(h, g.date())));
        }

        /** Every game of one date moves to another and back (two rounds exchange their slots). */
        private Move swapRounds(List<Game> all) {
            LocalDate a = all.get(random.nextInt(all.size())).date();
            LocalDate b = all.get(random.nextInt(all.size())).date();
            if (a.equals(b)) {
                return null;
            }
            Map<String, Game> after = new LinkedHashMap<>();
            for (Game o : all) {
                LocalDate to = o.date().equals(a) ? b : o.date().equals(b) ? a : null;
                if (to != null) {
                    if (pinned.contains(o.id()) || !playable(o).contains(to)) {
                        return null;
                    }
                    after.put(o.id(), on(o, to));
                }
            }
            return new Move("exchange-rounds", after);
        }

        /** Every series of one week exchanges weekends with every series of another, on each pairing's series days. */
        private Move swapWeeks(List<Game> all) {
            LocalDate a = monday(all.get(random.nextInt(all.size())).date());
            LocalDate b = monday(all.get(random.nextInt(all.size())).date());
            if (a.equals(b)) {
                return null;
            }
            Map<String, List<Game>> meetings = new LinkedHashMap<>();
            for (Game o : all) {
                LocalDate w = monday(o.date());
                if (w.equals(a) || w.equals(b)) {
                    if (pinned.contains(o.id())) {
                        return null;
                    }
                    meetings.computeIfAbsent(w + o.home() + "-" + o.away(), k -> new ArrayList<>()).add(o);
                }
            }
            Map<String, Game> after = new LinkedHashMap<>();
            for (List<Game> m : meetings.values()) {
                m.sort(SeasonTravel.BY_DATE);
                Game first = m.get(0);
                LocalDate to = monday(first.date()).equals(a) ? b : a;
                List<LocalDate> dates = season.seriesDates(sport, first.home(), first.away(), to);
                if (dates.size() < m.size()) {
                    return null;
                }
                for (int i = 0; i < m.size(); i++) {
                    after.put(m.get(i).id(), on(m.get(i), dates.get(i)));
                }
            }
            return new Move("exchange-weekends", after);
        }

        /**
         * A team's run of away games at different hosts visited in the cheapest order: the hosts' games exchange dates
         * so the team's route is the one {@link TripOrder} finds.
         */
        private Move reorderTrip(Game g, Map<String, List<Game>> byTeam, org.flextime.domain.RoadTrips trips) {
            if (series) {
                return null;
            }
            String team = g.away();
            List<Game> own = byTeam.get(team);
            int at = own.indexOf(g);
            int from = at;
            while (from > 0 && own.get(from - 1).away().equals(team)) {
                from--;
            }
            int to = at + 1;
            while (to < own.size() && own.get(to).away().equals(team)) {
                to++;
            }
            List<Game> run = own.subList(from, to);
            List<String> hosts = run.stream().map(Game::home).toList();
            if (run.size() < 3 || Set.copyOf(hosts).size() != hosts.size()
                    || run.stream().anyMatch(r -> pinned.contains(r.id()))) {
                return null;
            }
            List<String> order = new TripOrder((a, b) -> trips.leg(a, b).dollars()).best(team, hosts);
            if (order.equals(hosts)) {
                return null;
            }
            Map<String, Game> after = new LinkedHashMap<>();
            for (int i = 0; i < run.size(); i++) {
                Game moved = run.get(hosts.indexOf(order.get(i)));
                LocalDate d = run.get(i).date();
                if (!playable(moved).contains(d)) {
                    return null;
                }
                after.put(moved.id(), on(moved, d));
            }
            Set<String> moving = after.keySet();
            for (Game m : after.values()) {
                if (busy(byTeam.get(m.home()), m.date(), moving)) {
                    return null;
                }
            }
            return new Move("reorder-trip", after);
        }

        private Set<LocalDate> playable(Game g) {
            return playable.computeIfAbsent(g.home() + "-" + g.away(),
                    k -> new TreeSet<>(season.matchDates(sport, g.home(), g.away())));
        }

        private static boolean busy(List<Game> own, LocalDate d, Set<String> except) {
            return own.stream().anyMatch(o -> o.date().equals(d) && !except.contains(o.id()));
        }

        private static Game on(Game g, LocalDate d) {
            return g.withDate(d);
        }

        private static LocalDate monday(LocalDate d) {
            return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }
}
