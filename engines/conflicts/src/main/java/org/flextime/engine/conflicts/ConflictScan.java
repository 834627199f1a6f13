package org.flextime.engine.conflicts;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flextime.domain.Blackout;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.domain.TravelLeg;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.VenueTurnover;

/**
 * Finds every conflict of one sport's schedule, family by family: team (booked twice, too little rest for the travel
 * between two venues, too many games in a span), venue (booked twice, booked by another sport of the school on the same
 * day, another sport's event the day before or after), calendar (a blackout of either team, outside the sport's
 * window, a day the pairing does not play on, an exam period of the active set) and rules (the active constraint set's
 * hard violations that no other family explains already). Two sports' games of one day at one venue are a doubleheader,
 * not a double booking, when their start times are far enough apart. A venue's unavailable dates and exam periods are
 * data of the active set (rule kinds {@code venue-availability} and {@code exam-periods}): their violations join the venue and
 * calendar families. Plain Java over the season's data: the service hands it the other sports' current games
 * and the constraints service's hard violations.
 */
public final class ConflictScan {

    /** Hours a team needs between two games besides travel: a night's sleep, a meal, a walk-through. */
    public static final double RECOVERY_HOURS = 20;
    /** The span within which games are counted. */
    public static final int SPAN_DAYS = 7;
    /** Games a team of a single-game sport may play within {@link #SPAN_DAYS}. */
    public static final int SPAN_GAMES = 3;

    private final Season season;
    private final Sport sport;
    private final ConflictDetector bookings;
    private final VenueTurnover turnover;
    private final Map<String, Team> venueOwners = new HashMap<>();
    private final Map<String, String> ruleKinds = new HashMap<>();

    /** A scan of a schedule of this sport and season under the sport's default constraint set. */
    public ConflictScan(Season season, Sport sport) {
        this(season, sport, new DefaultRules().forSport(season, sport));
    }

    /** A scan under {@code set}: its double-booking rule says what a clash is (a series doubleheader may be none). */
    public ConflictScan(Season season, Sport sport, ConstraintSet set) {
        this.season = season;
        this.sport = sport;
        this.bookings = ConflictDetector.under(set);
        this.turnover = VenueTurnover.of(set);
        set.rules().forEach(r -> ruleKinds.put(r.id(), r.kind()));
        for (Team t : season.teams().values()) {
            venueOwners.put(t.arena().name(), t);
            venueOwners.put(t.stadium().name(), t);
            venueOwners.putIfAbsent(sport.venueOf(t), t);
        }
    }

    /**
     * Every conflict of the games, ordered by date, family and subject. {@code otherSports} holds the current games of
     * the season's other sports by sport code; {@code hardViolations} the active constraint set's hard violations.
     */
    public List<ScheduleConflict> detect(List<Game> games, Map<String, List<Game>> otherSports, List<RuleViolation> hardViolations) {
        List<ScheduleConflict> out = new ArrayList<>();
        out.addAll(bookings(games));
        out.addAll(rest(games));
        out.addAll(span(games));
        out.addAll(sharedVenues(games, otherSports));
        out.addAll(calendar(games));
        out.addAll(rules(hardViolations, out, index(games)));
        out.sort(Comparator.comparing(ScheduleConflict::date).thenComparing(ScheduleConflict::family)
                .thenComparing(ScheduleConflict::subject).thenComparing(ScheduleConflict::kind));
        return List.copyOf(out);
    }

    /** A team or a venue with two games on one day (a series doubleheader excepted, as the sport's rules allow). */
    List<ScheduleConflict> bookings(List<Game> games) {
        Map<String, Game> byId = index(games);
        List<ScheduleConflict> out = new ArrayList<>();
        for (Conflict c : bookings.detect(games)) {
            boolean team = c.type().equals("team-double-booked");
            List<Game> involved = c.gameIds().stream().map(byId::get).toList();
            out.add(new ScheduleConflict(c.type(), team ? Family.TEAM : Family.VENUE, ConflictSeverity.CRITICAL, c.subject(),
                    c.date(), c.gameIds(), parties(involved), c.explanation() + ". " + c.suggestedFix(), "rule games-per-day"));
        }
        return out;
    }

    /**
     * Two games of a team so close that the travel between their venues and {@link #RECOVERY_HOURS} do not fit between
     * them (tip-offs at the same local hour, so the days between them count 24 hours each, less the hours lost
     * flying east). The travel model is the one the travel service reports: {@link TravelLeg} by the season's cost table
     * for the sport's travel party (football's hundred-strong party flies where a basketball team takes a bus).
     */
    List<ScheduleConflict> rest(List<Game> games) {
        List<ScheduleConflict> out = new ArrayList<>();
        byTeam(games).forEach((team, own) -> {
            for (int i = 1; i < own.size(); i++) {
                Game a = own.get(i - 1);
                Game b = own.get(i);
                long days = ChronoUnit.DAYS.between(a.date(), b.date());
                if (days < 1 || days > 2) {
                    continue;
                }
                Team from = site(a);
                Team to = site(b);
                TravelLeg leg = season.travelCosts().leg(from, to, b.date(), season.travelCosts().party(sport.code()));
                double needed = leg.clockHours() + RECOVERY_HOURS;
                double available = days * 24.0;
                if (needed > available) {
                    out.add(new ScheduleConflict("team-rest-travel", Family.TEAM, ConflictSeverity.HIGH, team, b.date(),
                            List.of(a.id(), b.id()), parties(List.of(a, b)), String.format(Locale.ROOT,
                            "%s plays %s on %s and %s on %s: %d h apart, but %.0f miles %s take %.1f h%s and the team needs %.0f h of"
                                    + " recovery, %.1f h in all", team, where(a, team), day(a.date()), where(b, team), day(b.date()),
                            days * 24, leg.miles(), leg.mode().flies() ? "by air" : "by road", leg.hours(),
                            leg.zonesCrossed() > 0 ? " plus " + leg.zonesCrossed() + " h lost to time zones" : "",
                            RECOVERY_HOURS, needed), "travel model (TravelLeg), recovery " + (int) RECOVERY_HOURS + " h"));
                }
            }
        });
        return out;
    }

    /** More games of a team within {@link #SPAN_DAYS} than the sport allows: 3, or a series' games plus one midweek game. */
    List<ScheduleConflict> span(List<Game> games) {
        int limit = sport.format().kind() == Format.Kind.SERIES ? Math.max(1, sport.format().gamesPerSeries()) + 1 : SPAN_GAMES;
        List<ScheduleConflict> out = new ArrayList<>();
        byTeam(games).forEach((team, own) -> {
            int i = 0;
            while (i < own.size()) {
                LocalDate end = own.get(i).date().plusDays(SPAN_DAYS - 1);
                int j = i;
                while (j < own.size() && !own.get(j).date().isAfter(end)) {
                    j++;
                }
                if (j - i > limit) {
                    List<Game> run = own.subList(i, j);
                    out.add(new ScheduleConflict("team-games-in-span", Family.TEAM, ConflictSeverity.MEDIUM, team,
                            own.get(i).date(), run.stream().map(Game::id).toList(), parties(run),
                            team + " plays " + run.size() + " games in " + SPAN_DAYS + " days from " + day(own.get(i).date())
                                    + ", at most " + limit + " allowed (" + labels(run) + ")",
                            "span rule: at most " + limit + " games in " + SPAN_DAYS + " days"));
                    i = j;
                } else {
                    i++;
                }
            }
        });
        return out;
    }

    /**
     * Another sport of the season at one of this schedule's venues: on the same day the venue is booked twice
     * (critical), unless the two make a doubleheader: at least one of the two games has its own start time, and with the
     * other's own start (or its sport's usual one, {@link GameStarts}) the later starts at least a game and a turnaround
     * ({@link VenueTurnover} of the active set) after the earlier. The day before or after, the venue has no day to turn
     * over (low).
     */
    List<ScheduleConflict> sharedVenues(List<Game> games, Map<String, List<Game>> otherSports) {
        Map<String, Map<LocalDate, List<Booked>>> booked = new TreeMap<>();
        new TreeMap<>(otherSports).forEach((code, list) -> {
            if (code.equalsIgnoreCase(sport.code())) {
                return;
            }
            for (Game g : list) {
                if (g.venue() != null) {
                    booked.computeIfAbsent(g.venue(), k -> new TreeMap<>()).computeIfAbsent(g.date(), k -> new ArrayList<>())
                            .add(new Booked(code, g));
                }
            }
        });
        List<ScheduleConflict> out = new ArrayList<>();
        for (Game g : games) {
            Map<LocalDate, List<Booked>> days = g.venue() == null ? null : booked.get(g.venue());
            if (days == null) {
                continue;
            }
            List<Booked> same = days.getOrDefault(g.date(), List.of()).stream().filter(b -> !apart(g, b)).toList();
            if (!same.isEmpty()) {
                out.add(new ScheduleConflict("venue-shared-booked", Family.VENUE, ConflictSeverity.CRITICAL, g.venue(), g.date(),
                        List.of(g.id()), parties(List.of(g)), g.venue() + " hosts " + sport.code() + " " + g.label() + " and "
                        + String.join(", ", same.stream().map(b -> b.label(g)).toList()) + " on " + day(g.date())
                        + ": one arena, two events" + (timed(g, same) ? ", less than " + turnover.spacing().toHours()
                        + " h apart (a " + turnover.gameHours() + " h game and a " + turnover.turnaroundHours() + " h turnaround)" : ""),
                        "the season's other sports' current schedules"));
                continue;
            }
            for (LocalDate near : List.of(g.date().minusDays(1), g.date().plusDays(1))) {
                List<Booked> adjacent = days.getOrDefault(near, List.of());
                if (!adjacent.isEmpty()) {
                    out.add(new ScheduleConflict("venue-turnaround", Family.VENUE, ConflictSeverity.LOW, g.venue(), g.date(),
                            List.of(g.id()), parties(List.of(g)), g.venue() + " hosts " + sport.code() + " " + g.label() + " on "
                            + day(g.date()) + " and " + String.join(", ", adjacent.stream().map(Booked::label).toList()) + " on "
                            + day(near) + ": no day to turn the venue over between sports", "turnaround buffer: 1 day between sports"));
                    break;
                }
            }
        }
        return out;
    }

    /** Another sport's game at a venue. */
    private record Booked(String sport, Game game) {
        String label() {
            return sport + " " + game.label();
        }

        /** The label with the game's start when the game seen against it has its own start. */
        String label(Game against) {
            return against.start() == null && game.start() == null ? label()
                    : label() + " at " + GameStarts.of(game, sport);
        }
    }

    /** Whether the two games of a day at one venue make a doubleheader: one has its own start, and they are far enough apart. */
    private boolean apart(Game g, Booked other) {
        if (g.start() == null && other.game().start() == null) {
            return false;
        }
        long minutes = Math.abs(ChronoUnit.MINUTES.between(GameStarts.of(g, sport.code()), GameStarts.of(other.game(), other.sport())));
        return minutes >= turnover.spacing().toMinutes();
    }

    private static boolean timed(Game g, List<Booked> others) {
        return g.start() != null || others.stream().anyMatch(b -> b.game().start() != null);
    }

    /**
     * Calendar conflicts of each game: a blackout of either team (critical: BYU on Sunday, the conference's holidays),
     * a date outside the sport's window (critical), a day the pairing does not play on in this sport (medium).
     */
    List<ScheduleConflict> calendar(List<Game> games) {
        List<ScheduleConflict> out = new ArrayList<>();
        Map<String, Set<LocalDate>> playable = new HashMap<>();
        for (Game g : games) {
            boolean blocked = false;
            for (String team : List.of(g.home(), g.away())) {
                for (Blackout b : season.blackoutsFor(team, g.date())) {
                    blocked = true;
                    out.add(new ScheduleConflict("calendar-blackout", Family.CALENDAR, ConflictSeverity.CRITICAL, team, g.date(),
                            List.of(g.id()), parties(List.of(g)), team + " may not compete on " + day(g.date()) + " (" + b.reason()
                            + "), but plays " + g.label(), "blackout: " + b.reason()));
                }
            }
            if (!sport.window().contains(g.date())) {
                out.add(new ScheduleConflict("calendar-window", Family.CALENDAR, ConflictSeverity.CRITICAL, sport.code(), g.date(),
                        List.of(g.id()), parties(List.of(g)), g.label() + " is on " + day(g.date()) + ", outside the "
                        + sport.code() + " season " + sport.window().from() + " to " + sport.window().to(), "the sport's window"));
                continue;
            }
            if (blocked) {
                continue;
            }
            Set<LocalDate> dates = playable.computeIfAbsent(g.home() + "|" + g.away(),
                    k -> new HashSet<>(season.matchDates(sport, g.home(), g.away())));
            if (!dates.contains(g.date())) {
                out.add(new ScheduleConflict("calendar-play-day", Family.CALENDAR, ConflictSeverity.MEDIUM, sport.code(), g.date(),
                        List.of(g.id()), parties(List.of(g)), g.label() + " is on a " + weekday(g.date()) + ", not a "
                        + sport.code() + " play day for " + g.home() + " and " + g.away(), "the sport's play days"));
            }
        }
        return out;
    }

    /** The active set's hard violations that no conflict found above explains already (the same games). */
    List<ScheduleConflict> rules(List<RuleViolation> hardViolations, Collection<ScheduleConflict> found, Map<String, Game> byId) {
        Set<Set<String>> explained = new HashSet<>();
        found.forEach(c -> explained.add(new TreeSet<>(c.gameIds())));
        List<ScheduleConflict> out = new ArrayList<>();
        for (RuleViolation v : hardViolations) {
            if (!v.gameIds().isEmpty() && explained.contains(new TreeSet<>(v.gameIds()))) {
                continue;
            }
            // a rule about a whole season (a team's game count) names no game: it dates from the season's start
            LocalDate date = v.gameIds().stream().map(byId::get).filter(java.util.Objects::nonNull).map(Game::date)
                    .min(Comparator.naturalOrder()).orElse(sport.window().from());
            List<String> parties = new ArrayList<>(new TreeSet<>(v.teams()));
            String source = "active constraint set, rule " + v.rule();
            String kind = ruleKinds.getOrDefault(v.rule(), "");
            List<Game> involved = v.gameIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            if (kind.equals("venue-availability") && !involved.isEmpty()) {
                // the set's own dates a venue is closed: as much a venue conflict as another sport holding the arena
                Game g = involved.get(0);
                out.add(new ScheduleConflict("venue-unavailable", Family.VENUE, ConflictSeverity.CRITICAL,
                        g.venue() == null ? v.rule() : g.venue(), date, v.gameIds(), parties(involved), v.explanation(), source));
            } else if (kind.equals("exam-periods") && !involved.isEmpty()) {
                out.add(new ScheduleConflict("calendar-exam-period", Family.CALENDAR, ConflictSeverity.HIGH,
                        parties.isEmpty() ? v.rule() : String.join(",", parties), date, v.gameIds(), parties(involved), v.explanation(),
                        source));
            } else {
                out.add(new ScheduleConflict("rule:" + v.rule(), Family.RULES, ConflictSeverity.HIGH, v.rule(), date, v.gameIds(),
                        parties, v.explanation(), source));
            }
        }
        return out;
    }

    private Team site(Game g) {
        Team owner = g.venue() == null ? null : venueOwners.get(g.venue());
        return owner != null ? owner : season.teams().get(g.home());
    }

    private static Map<String, List<Game>> byTeam(List<Game> games) {
        Map<String, List<Game>> out = new TreeMap<>();
        for (Game g : games) {
            out.computeIfAbsent(g.home(), k -> new ArrayList<>()).add(g);
            out.computeIfAbsent(g.away(), k -> new ArrayList<>()).add(g);
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(Game::date).thenComparing(Game::id)));
        return out;
    }

    private static Map<String, Game> index(List<Game> games) {
        Map<String, Game> out = new HashMap<>();
        games.forEach(g -> out.putIfAbsent(g.id(), g));
        return out;
    }

    private static List<String> parties(List<Game> games) {
        TreeSet<String> teams = new TreeSet<>();
        TreeSet<String> venues = new TreeSet<>();
        for (Game g : games) {
            teams.add(g.home());
            teams.add(g.away());
            if (g.venue() != null) {
                venues.add(g.venue());
            }
        }
        List<String> out = new ArrayList<>(teams);
        out.addAll(venues);
        return out;
    }

    private static String where(Game g, String team) {
        return g.home().equals(team) ? "at home against " + g.away() : "at " + g.home();
    }

    private static String labels(List<Game> games) {
        return String.join(", ", games.stream().map(Game::label).toList());
    }

    private static String day(LocalDate d) {
        return weekday(d) + " " + d;
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
