package org.flextime.rules;

import static org.flextime.rules.RuleContext.dayName;
import static org.flextime.rules.RuleContext.label;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flextime.domain.Blackout;
import org.flextime.domain.Game;
import org.flextime.domain.Sport;

/** The rules about dates: blackouts, the sport's window and play days, rest between games, games per day, exam periods. */
final class CalendarRules {

    private CalendarRules() {
    }

    /** {@code blackout}: 1 per team and game on a date one of the listed blackouts applies to (BYU on Sunday). */
    record Blackouts(RuleDefinition definition, List<Blackout> blackouts) implements Rule.GameRule {
        @Override
        public void evaluate(Game g, RuleContext ctx, List<Violation> out) {
            for (String t : List.of(g.home(), g.away())) {
                for (Blackout b : blackouts) {
                    if (b.appliesTo(t, g.date())) {
                        out.add(violation(1, t + " plays on " + dayName(g.date()) + " " + g.date() + " (" + label(g) + "): "
                                + b.reason(), List.of(g.id()), List.of(t)));
                    }
                }
            }
        }
    }

    /**
     * {@code window}: 1 per game outside the sport's window, whatever the teams' own days (a series keeps to the
     * window too). {@code play-days}: 1 per game inside the window on a day the two teams may not meet on
     * ({@link org.flextime.domain.Season#matchDates}); a date the season blacks out for either team is the blackout
     * rule's to report, so play-days does not report it again.
     */
    record PlayDays(RuleDefinition definition, boolean outsideWindow) implements Rule.GameRule {
        @Override
        public void evaluate(Game g, RuleContext ctx, List<Violation> out) {
            Sport sport = ctx.sport();
            boolean outside = !sport.window().contains(g.date());
            if (outsideWindow) {
                if (outside) {
                    out.add(violation(1, label(g) + " on " + g.date() + " is outside the " + sport.code() + " window "
                            + sport.window().from() + " to " + sport.window().to(), List.of(g.id()), List.of(g.home(), g.away())));
                }
                return;
            }
            if (outside || ctx.matchDates(g.home(), g.away()).contains(g.date())
                    || ctx.season().isBlackedOut(g.home(), g.date()) || ctx.season().isBlackedOut(g.away(), g.date())) {
                return;
            }
            out.add(violation(1, label(g) + " on " + dayName(g.date()) + " " + g.date() + " is not a " + sport.code()
                    + " play day for " + g.away() + " and " + g.home(), List.of(g.id()), List.of(g.home(), g.away())));
        }
    }

    /**
     * {@code rest-days}: between two consecutive games a team has at least {@code minDays} days without a
     * game; penalty = days missing (two games on one day count as -1 rest days). "No team plays on
     * consecutive days" is minDays 1. With {@code count: "meetings"} the games of a series are one meeting
     * ({@link RuleContext#sequence}) and the rest is counted between meetings.
     */
    record RestDays(RuleDefinition definition, int minDays, boolean meetings) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            List<List<Game>> units = meetings ? ctx.sequence(team, list) : null;
            int n = meetings ? units.size() : list.size();
            for (int i = 1; i < n; i++) {
                Game a = meetings ? units.get(i - 1).get(units.get(i - 1).size() - 1) : list.get(i - 1);
                Game b = meetings ? units.get(i).get(0) : list.get(i);
                long rest = ChronoUnit.DAYS.between(a.date(), b.date()) - 1;
                if (rest >= minDays) {
                    continue;
                }
                String what = rest < 0 ? "plays twice on " + a.date()
                        : rest == 0 ? "plays on consecutive days " + a.date() + " and " + b.date()
                        : "has " + rest + " rest days between " + a.date() + " and " + b.date();
                out.add(violation((int) (minDays - rest), team + " " + what + " (" + label(a) + ", " + label(b)
                        + "), at least " + minDays + " rest days required", List.of(a.id(), b.id()), List.of(team)));
            }
        }
    }

    /**
     * {@code games-per-day}: per team and day with more than {@code max} games, penalty = games beyond max (a double
     * booking). With {@code doubleheaders}, two games of one series on a day count as one booking ({@link Bookings}).
     */
    record GamesPerDay(RuleDefinition definition, int max, boolean doubleheaders) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            crowdedDays(this, team + " plays ", list, max, doubleheaders, day -> List.of(team), out);
        }
    }

    /**
     * {@code games-per-day} with {@code per: venue}: per venue and day with more than {@code max} games, penalty =
     * games beyond max (a venue double booking), naming the host teams; {@code doubleheaders} as for teams.
     */
    record VenueGamesPerDay(RuleDefinition definition, int max, boolean doubleheaders) implements Rule.VenueRule {
        @Override
        public void evaluate(String venue, List<Game> list, RuleContext ctx, List<Violation> out) {
            crowdedDays(this, venue + " hosts ", list, max, doubleheaders,
                    day -> day.stream().map(Game::home).distinct().toList(), out);
        }
    }

    /**
     * {@code doubleheader}: 1 per doubleheader, two games of one series on one day ({@link Bookings}). Reported once,
     * from the host's games, so the two teams of a doubleheader do not pay for it twice.
     */
    record Doubleheaders(RuleDefinition definition) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            forEachDay(list, day -> {
                if (day.size() < 2) {
                    return;
                }
                for (List<Game> series : Bookings.seriesOf(day)) {
                    if (series.size() >= 2 && series.get(0).home().equals(team)) {
                        Game first = series.get(0);
                        out.add(violation(series.size() / 2, first.away() + " and " + team + " play a doubleheader on "
                                + dayName(first.date()) + " " + first.date() + " (" + RuleContext.labels(series)
                                + ")", RuleContext.ids(series), List.of(team, first.away())));
                    }
                }
            });
        }
    }

    /**
     * The bookings of one day's games. A doubleheader (two games of the same home team, away team and venue on one
     * day, as a series plays them) is one booking; every other game, a third game of the series included, is one.
     */
    static final class Bookings {
        private Bookings() {
        }

        /** How many bookings the day's games make. */
        static int count(List<Game> day, boolean doubleheaders) {
            if (!doubleheaders) {
                return day.size();
            }
            int n = 0;
            for (List<Game> series : seriesOf(day)) {
                n += (series.size() + 1) / 2;
            }
            return n;
        }

        /** The day's games grouped by home team, away team and venue, in order of first game. */
        static List<List<Game>> seriesOf(List<Game> day) {
            Map<List<Object>, List<Game>> groups = new LinkedHashMap<>();
            for (Game g : day) {
                groups.computeIfAbsent(Arrays.asList(g.home(), g.away(), g.venue()), k -> new ArrayList<>()).add(g);
            }
            return List.copyOf(groups.values());
        }
    }

    /**
     * One violation per day of the date-sorted games with more than {@code max} bookings ({@link Bookings}), penalty
     * = bookings beyond max.
     */
    private static void crowdedDays(Rule rule, String who, List<Game> list, int max, boolean doubleheaders,
                                    Function<List<Game>, List<String>> teams, List<Violation> out) {
        forEachDay(list, day -> {
            if (day.size() <= max) {
                return;
            }
            int bookings = Bookings.count(day, doubleheaders);
            if (bookings > max) {
                String counted = bookings == day.size() ? "" : ", a doubleheader counting once";
                out.add(rule.violation(bookings - max, who + day.size() + " games on " + dayName(day.get(0).date()) + " "
                        + day.get(0).date() + ", at most " + max + " allowed" + counted + " (" + RuleContext.labels(day) + ")",
                        RuleContext.ids(day), teams.apply(day)));
            }
        });
    }

    /** Calls {@code action} with the games of each day of the date-sorted games. */
    private static void forEachDay(List<Game> list, Consumer<List<Game>> action) {
        int i = 0;
        while (i < list.size()) {
            int j = i + 1;
            while (j < list.size() && list.get(j).date().equals(list.get(i).date())) {
                j++;
            }
            action.accept(list.subList(i, j));
            i = j;
        }
    }

    /** One exam period: teams empty means every team. */
    record ExamPeriod(String name, LocalDate from, LocalDate to, List<String> teams) {
        boolean applies(String team, LocalDate date) {
            return (teams.isEmpty() || teams.contains(team)) && !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** {@code exam-periods}: 1 per team and game inside one of its exam periods. */
    record ExamPeriods(RuleDefinition definition, List<ExamPeriod> periods) implements Rule.GameRule {
        @Override
        public void evaluate(Game g, RuleContext ctx, List<Violation> out) {
            for (String t : List.of(g.home(), g.away())) {
                for (ExamPeriod p : periods) {
                    if (p.applies(t, g.date())) {
                        out.add(violation(1, t + " plays " + label(g) + " on " + g.date() + " during " + p.name() + " ("
                                + p.from() + " to " + p.to() + ")", List.of(g.id()), List.of(t)));
                    }
                }
            }
        }
    }
}
