package org.flextime.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flextime.domain.Blackout;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * Turns rule definitions into evaluators, checking what a JSON Schema cannot: that teams are the season's
 * (and, where indexes are needed, the sport's), that dates parse and slots lie in the sport's window.
 * Every error is a {@link RuleDefinitionException} naming the JSON path, e.g. {@code $.rules[3].params.teams[0]}.
 */
public final class RuleCompiler {

    /** The rule kinds this compiler knows, in the order the documentation lists them. */
    public static final List<String> KINDS = List.of("participants", "games-per-team", "opponent-count", "repeated-meeting",
            "home-and-away", "home-games", "home-away-balance", "blackout", "window", "play-days", "rest-days", "exam-periods",
            "max-consecutive", "ends-balance", "rematch-separation", "weekend-home-games", "home-events-per-day",
            "venue-availability", "venue-turnaround", "robinx", "games-per-day", "doubleheader", "road-games-in-weeks", "ends-home-weeks",
            "weeks-without-home", "travel-partner-weekends");

    /** Compiles every rule of the set against the season; the set's sport must be one of the season's. */
    public CompiledSet compile(ConstraintSet set, Season season) {
        if (!season.id().equals(set.season())) {
            throw new RuleDefinitionException("$.season", "$.season: the set is for season " + set.season() + ", not " + season.id());
        }
        Sport sport = season.sport(set.sport())
                .orElseThrow(() -> new RuleDefinitionException("$.sport", "$.sport: season " + season.id() + " has no sport " + set.sport()));
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < set.rules().size(); i++) {
            rules.add(compile(set.rules().get(i), season, sport, "$.rules[" + i + "]"));
        }
        return new CompiledSet(set, new RuleContext(season, sport), rules);
    }

    /** Compiles one definition; {@code path} is where it sits in its document. */
    public Rule compile(RuleDefinition d, Season season, Sport sport, String path) {
        Params p = new Params(d.params(), path + ".params");
        return switch (d.kind()) {
            case "participants" -> new FormatRules.Participants(d);
            case "games-per-team" -> new FormatRules.GamesPerTeam(d, p.requiredInt("games"));
            case "opponent-count" -> new FormatRules.OpponentCount(d, p.requiredInt("times"), p.requiredInt("count"));
            case "repeated-meeting" -> new FormatRules.RepeatedMeeting(d, p.requiredInt("max"));
            case "home-and-away" -> new FormatRules.HomeAndAway(d);
            case "home-games" -> new FormatRules.HomeGames(d, p.integer("min", 0), p.integer("max", Integer.MAX_VALUE),
                    p.integer("maxHomeSeries", 0));
            case "home-away-balance" -> new FormatRules.HomeAwayBalance(d, p.integer("maxDifference", 1));
            case "blackout" -> new CalendarRules.Blackouts(d, blackouts(p, season));
            case "window" -> new CalendarRules.PlayDays(d, true);
            case "play-days" -> new CalendarRules.PlayDays(d, false);
            case "rest-days" -> new CalendarRules.RestDays(d, p.requiredInt("minDays"), meetings(p));
            case "games-per-day" -> perVenue(p) ? new CalendarRules.VenueGamesPerDay(d, p.integer("max", 1), p.flag("doubleheaders"))
                    : new CalendarRules.GamesPerDay(d, p.integer("max", 1), p.flag("doubleheaders"));
            case "doubleheader" -> new CalendarRules.Doubleheaders(d);
            case "exam-periods" -> new CalendarRules.ExamPeriods(d, examPeriods(p, season));
            case "max-consecutive" -> new SequenceRules.MaxConsecutive(d, side(p), p.requiredInt("max"), meetings(p));
            case "road-games-in-weeks" -> new SequenceRules.RoadGamesInWeeks(d, p.requiredInt("games"), p.requiredInt("weeks"));
            case "ends-home-weeks" -> new SequenceRules.EndsHomeWeeks(d, p.requiredInt("weeks"));
            case "weeks-without-home" -> new SequenceRules.WeeksWithoutHome(d, p.requiredInt("weeks"));
            case "travel-partner-weekends" -> new SequenceRules.TravelPartnerWeekends(d,
                    p.has("weekStart") ? p.day("weekStart") : DayOfWeek.THURSDAY, p.integer("minAwayAway", 0),
                    p.integer("minHomeHome", 0), p.integer("partnerMeetings", -1));
            case "ends-balance" -> new SequenceRules.EndsBalance(d, p.requiredInt("games"), p.integer("minHome", 0),
                    p.integer("minAway", 0));
            case "rematch-separation" -> new SequenceRules.RematchSeparation(d, p.integer("minGames", 0), p.integer("minDays", 0));
            case "weekend-home-games" -> new SequenceRules.WeekendHomeGames(d, p.has("minShare") ? p.integer("min", -1)
                    : p.requiredInt("min"), p.integer("minShare", 0), days(p, "days",
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
            case "home-events-per-day" -> SequenceRules.HomeEventsPerDay.of(d, p.integer("max", 1), schoolEvents(p, season));
            case "venue-availability" -> new VenueRules.VenueAvailability(d, closures(p));
            case "venue-turnaround" -> new VenueRules.VenueTurnaround(d, p.requiredInt("minHours"),
                    p.integer("gameStartHour", VenueTurnover.GAME_START_HOUR), p.integer("gameHours", VenueTurnover.GAME_HOURS),
                    bookings(p));
            case "robinx" -> RobinxRule.compile(d, sport, p);
            default -> throw new RuleDefinitionException(path + ".kind", path + ".kind: unknown rule kind '" + d.kind() + "'");
        };
    }

    /** {@code per}: "team" (default, a team's games on a day) or "venue" (the games a venue hosts on a day). */
    private static boolean perVenue(Params p) {
        String per = p.text("per", "team");
        return switch (per) {
            case "team" -> false;
            case "venue" -> true;
            default -> throw new RuleDefinitionException(p.path("per"), p.path("per") + " must be team or venue, not " + per);
        };
    }

    private static boolean side(Params p) {
        String side = p.text("side", "away");
        return switch (side) {
            case "away", "road" -> true;
            case "home" -> false;
            default -> throw new RuleDefinitionException(p.path("side"), p.path("side") + " must be away or home, not " + side);
        };
    }

    /** {@code count}: "games" (default) or "meetings" (a series is one). */
    private static boolean meetings(Params p) {
        String count = p.text("count", "games");
        return switch (count) {
            case "games" -> false;
            case "meetings" -> true;
            default -> throw new RuleDefinitionException(p.path("count"), p.path("count") + " must be games or meetings, not " + count);
        };
    }

    private static Set<DayOfWeek> days(Params p, String name, Set<DayOfWeek> fallback) {
        List<String> texts = p.texts(name);
        if (texts.isEmpty()) {
            return fallback;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < texts.size(); i++) {
            days.add(Params.dayOf(texts.get(i), p.path(name) + "[" + i + "]"));
        }
        return days;
    }

    private static List<Blackout> blackouts(Params p, Season season) {
        List<Blackout> out = new ArrayList<>();
        for (Params b : p.objects("blackouts")) {
            boolean all = "all".equals(b.text("teams", null));
            List<String> teams = all ? List.of() : b.teams("teams", season.teams()::containsKey);
            if (!all && teams.isEmpty()) {
                throw new RuleDefinitionException(b.path("teams"), b.path("teams") + " must be \"all\" or name at least one team");
            }
            String reason = b.requiredText("reason");
            Optional<DayOfWeek> weekday = b.has("weekday") ? Optional.of(b.day("weekday")) : Optional.empty();
            Optional<LocalDate> from = b.has("from") ? Optional.of(b.date("from")) : Optional.empty();
            Optional<LocalDate> to = b.has("to") ? Optional.of(b.date("to")) : from;
            if (weekday.isEmpty() && from.isEmpty()) {
                throw new RuleDefinitionException(b.path(), b.path() + " needs a weekday or a from date");
            }
            if (from.isPresent() && to.get().isBefore(from.get())) {
                throw new RuleDefinitionException(b.path("to"), b.path("to") + " is before from");
            }
            out.add(new Blackout(teams, all, from, to, weekday, reason));
        }
        return out;
    }

    private static List<CalendarRules.ExamPeriod> examPeriods(Params p, Season season) {
        List<CalendarRules.ExamPeriod> out = new ArrayList<>();
        for (Params e : p.objects("periods")) {
            LocalDate from = e.date("from");
            LocalDate to = e.date("to");
            if (to.isBefore(from)) {
                throw new RuleDefinitionException(e.path("to"), e.path("to") + " is before from");
            }
            out.add(new CalendarRules.ExamPeriod(e.text("name", "exams"), from, to, e.teams("teams", season.teams()::containsKey)));
        }
        return out;
    }

    private static List<SequenceRules.SchoolEvent> schoolEvents(Params p, Season season) {
        List<SequenceRules.SchoolEvent> out = new ArrayList<>();
        for (Params e : p.objects("events")) {
            String team = e.requiredText("team");
            if (!season.teams().containsKey(team)) {
                throw new RuleDefinitionException(e.path("team"), e.path("team") + " names unknown team '" + team + "'");
            }
            out.add(new SequenceRules.SchoolEvent(team, e.date("date"), e.text("label", "event")));
        }
        return out;
    }

    private static List<VenueRules.Closure> closures(Params p) {
        List<VenueRules.Closure> out = new ArrayList<>();
        for (Params c : p.objects("unavailable")) {
            LocalDate from = c.date("from");
            LocalDate to = c.has("to") ? c.date("to") : from;
            out.add(new VenueRules.Closure(c.requiredText("venue"), from, to, c.text("reason", "unavailable")));
        }
        return out;
    }

    private static List<VenueRules.Booking> bookings(Params p) {
        List<VenueRules.Booking> out = new ArrayList<>();
        for (Params b : p.objects("bookings")) {
            LocalDateTime start = dateTime(b, "start");
            LocalDateTime end = dateTime(b, "end");
            if (end.isBefore(start)) {
                throw new RuleDefinitionException(b.path("end"), b.path("end") + " is before start");
            }
            out.add(new VenueRules.Booking(b.requiredText("venue"), start, end, b.text("label", "booking")));
        }
        return out;
    }

    private static LocalDateTime dateTime(Params p, String name) {
        String text = p.requiredText(name);
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleDefinitionException(p.path(name), p.path(name) + " is not a local date-time (yyyy-mm-ddThh:mm): " + text);
        }
    }
}
