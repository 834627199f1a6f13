package org.flextime.rules;

import static org.flextime.rules.RuleContext.ids;
import static org.flextime.rules.RuleContext.label;
import static org.flextime.rules.RuleContext.labels;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flextime.domain.Game;

/** The rules about the order of a team's games: streaks, season ends, rematches, weekends, busy days. */
final class SequenceRules {

    private SequenceRules() {
    }

    /**
     * {@code max-consecutive}: 1 per streak of more than {@code max} road (or home) games, penalty = games beyond max.
     * With {@code count: "meetings"} a series is one unit ({@link RuleContext#sequence}) and the streak counts meetings.
     */
    record MaxConsecutive(RuleDefinition definition, boolean road, int max, boolean meetings) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            List<List<Game>> units = meetings ? ctx.sequence(team, list) : null;
            int n = meetings ? units.size() : list.size();
            int start = 0;
            for (int i = 0; i <= n; i++) {
                if (i < n && (meetings ? units.get(i).get(0) : list.get(i)).away().equals(team) == road) {
                    continue;
                }
                int length = i - start;
                if (length > max) {
                    List<Game> games = meetings ? units.subList(start, i).stream().flatMap(List::stream).toList() : list.subList(start, i);
                    String unit = meetings ? " meetings" : " games";
                    out.add(violation(length - max, team + " plays " + length + (road ? " road" : " home")
                            + unit + " in a row, at most " + max + " allowed (" + labels(games) + ")", ids(games), List.of(team)));
                }
                start = i + 1;
            }
        }
    }

    /**
     * {@code road-games-in-weeks}: "never {@code games} road games in {@code weeks} weeks". For every road game of a
     * team, the road games in the {@code weeks} × 7 days starting on its date; 1 per such window holding
     * {@code games} or more, penalty = road games beyond {@code games} - 1.
     */
    record RoadGamesInWeeks(RuleDefinition definition, int games, int weeks) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).away().equals(team)) {
                    continue;
                }
                LocalDate until = list.get(i).date().plusDays(7L * weeks - 1);
                List<Game> road = new ArrayList<>();
                for (int j = i; j < list.size() && !list.get(j).date().isAfter(until); j++) {
                    if (list.get(j).away().equals(team)) {
                        road.add(list.get(j));
                    }
                }
                if (road.size() >= games) {
                    out.add(violation(road.size() - games + 1, team + " plays " + road.size() + " road games in the " + weeks
                            + " weeks from " + list.get(i).date() + ", fewer than " + games + " allowed (" + labels(road) + ")",
                            ids(road), List.of(team)));
                }
            }
        }
    }

    /**
     * {@code ends-home-weeks}: "a home game in the first {@code weeks} and in the last {@code weeks} weeks": the
     * first weeks are the {@code weeks} × 7 days from the start of the sport's window, the last ones the same
     * span up to its end; 1 per team and end without a home game.
     */
    record EndsHomeWeeks(RuleDefinition definition, int weeks) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            LocalDate from = ctx.sport().window().from();
            LocalDate to = ctx.sport().window().to();
            check(team, list, "first", from, from.plusDays(7L * weeks - 1), out);
            check(team, list, "last", to.minusDays(7L * weeks - 1), to, out);
        }

        private void check(String team, List<Game> list, String which, LocalDate from, LocalDate to, List<Violation> out) {
            List<Game> inside = list.stream().filter(g -> !g.date().isBefore(from) && !g.date().isAfter(to)).toList();
            if (inside.stream().noneMatch(g -> g.home().equals(team))) {
                out.add(violation(1, team + " has no home game in the " + which + " " + weeks + " weeks (" + from + " to " + to
                        + ")" + (inside.isEmpty() ? "" : ": " + labels(inside)), ids(inside), List.of(team)));
            }
        }
    }

    /**
     * {@code weeks-without-home}: "no {@code weeks} straight weeks without a home game". The sport's window is cut
     * into weeks of 7 days from its first day; per team and run of {@code weeks} or more consecutive weeks without
     * a home game, penalty = weeks in the run - {@code weeks} + 1.
     */
    record WeeksWithoutHome(RuleDefinition definition, int weeks) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            LocalDate from = ctx.sport().window().from();
            int count = (int) (ChronoUnit.DAYS.between(from, ctx.sport().window().to()) / 7) + 1;
            boolean[] home = new boolean[count];
            for (Game g : list) {
                long week = Math.floorDiv(ChronoUnit.DAYS.between(from, g.date()), 7);
                if (g.home().equals(team) && week >= 0 && week < count) {
                    home[(int) week] = true;
                }
            }
            int start = -1;
            for (int w = 0; w <= count; w++) {
                boolean without = w < count && !home[w];
                if (without && start < 0) {
                    start = w;
                } else if (!without && start >= 0) {
                    int length = w - start;
                    if (length >= weeks) {
                        LocalDate first = from.plusDays(7L * start);
                        LocalDate last = from.plusDays(7L * w - 1);
                        List<Game> road = list.stream().filter(g -> !g.date().isBefore(first) && !g.date().isAfter(last)).toList();
                        out.add(violation(length - weeks + 1, team + " has no home game in " + length + " straight weeks ("
                                + first + " to " + last + "), fewer than " + weeks + " allowed", ids(road), List.of(team)));
                    }
                    start = -1;
                }
            }
        }
    }

    /**
     * {@code travel-partner-weekends}: weekend trips built on travel partners. Games are grouped into weekends of 7
     * days starting on {@code weekStart} (a Monday game belongs to the weekend before). Per team: 1 per weekend with
     * two or more road games whose hosts are not all travel partners of each other, and 1 per weekend with two or
     * more home games whose visitors are not; plus the paired road (home) weekends missing below {@code minAwayAway}
     * ({@code minHomeHome}); plus, when {@code partnerMeetings} is set, how far the meetings with the team's own
     * travel partner (if it takes part) are from it.
     */
    record TravelPartnerWeekends(RuleDefinition definition, DayOfWeek weekStart, int minAwayAway, int minHomeHome,
                                 int partnerMeetings) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            Map<LocalDate, List<Game>> weekends = new TreeMap<>();
            for (Game g : list) {
                int back = Math.floorMod(g.date().getDayOfWeek().getValue() - weekStart.getValue(), 7);
                weekends.computeIfAbsent(g.date().minusDays(back), d -> new ArrayList<>()).add(g);
            }
            int awayAway = 0;
            int homeHome = 0;
            for (Map.Entry<LocalDate, List<Game>> e : weekends.entrySet()) {
                List<Game> road = e.getValue().stream().filter(g -> g.away().equals(team)).toList();
                List<Game> home = e.getValue().stream().filter(g -> g.home().equals(team)).toList();
                if (road.size() >= 2) {
                    if (partners(ctx, road.stream().map(Game::home).toList())) {
                        awayAway++;
                    } else {
                        out.add(violation(1, team + "'s road weekend of " + e.getKey() + " visits teams that are not travel "
                                + "partners (" + labels(road) + ")", ids(road), List.of(team)));
                    }
                }
                if (home.size() >= 2) {
                    if (partners(ctx, home.stream().map(Game::away).toList())) {
                        homeHome++;
                    } else {
                        out.add(violation(1, team + "'s home weekend of " + e.getKey() + " hosts teams that are not travel "
                                + "partners (" + labels(home) + ")", ids(home), List.of(team)));
                    }
                }
            }
            if (awayAway < minAwayAway) {
                out.add(violation(minAwayAway - awayAway, team + " has " + awayAway + " road weekends at a travel-partner pair, at least "
                        + minAwayAway + " wanted", List.of(), List.of(team)));
            }
            if (homeHome < minHomeHome) {
                out.add(violation(minHomeHome - homeHome, team + " has " + homeHome + " home weekends against a travel-partner pair, "
                        + "at least " + minHomeHome + " wanted", List.of(), List.of(team)));
            }
            if (partnerMeetings >= 0) {
                for (String partner : ctx.sport().participants()) {
                    if (ctx.season().areTravelPartners(team, partner)) {
                        List<Game> met = list.stream().filter(g -> g.opponentOf(team).equals(partner)).toList();
                        if (met.size() != partnerMeetings) {
                            out.add(violation(Math.abs(met.size() - partnerMeetings), team + " meets its travel partner " + partner
                                    + " " + met.size() + " times, " + partnerMeetings + " wanted", ids(met), List.of(team, partner)));
                        }
                    }
                }
            }
        }

        private static boolean partners(RuleContext ctx, List<String> teams) {
            for (int i = 0; i < teams.size(); i++) {
                for (int j = i + 1; j < teams.size(); j++) {
                    if (!ctx.season().areTravelPartners(teams.get(i), teams.get(j))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** {@code ends-balance}: per team and end, penalty = home and away games missing among the first / last {@code games}. */
    record EndsBalance(RuleDefinition definition, int games, int minHome, int minAway) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            int k = Math.min(games, list.size());
            check(team, "first", list.subList(0, k), out);
            check(team, "last", list.subList(list.size() - k, list.size()), out);
        }

        private void check(String team, String which, List<Game> part, List<Violation> out) {
            int home = (int) part.stream().filter(g -> g.home().equals(team)).count();
            int away = part.size() - home;
            int missing = Math.max(0, minHome - home) + Math.max(0, minAway - away);
            if (missing > 0) {
                out.add(violation(missing, team + "'s " + which + " " + part.size() + " games have " + home + " home and "
                        + away + " away, at least " + minHome + " and " + minAway + " required (" + labels(part) + ")",
                        ids(part), List.of(team)));
            }
        }
    }

    /**
     * {@code rematch-separation}: two consecutive meetings of a team with the same opponent are at least
     * {@code minGames} of the team's games apart (the second meeting is game i + minGames or later) and
     * {@code minDays} days apart. Judged per team (each side of the pair has its own games in between);
     * penalty = games missing + days missing.
     */
    record RematchSeparation(RuleDefinition definition, int minGames, int minDays) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            for (Map.Entry<String, List<List<Game>>> e : ctx.meetings(team, list).entrySet()) {
                List<List<Game>> m = e.getValue();
                for (int i = 1; i < m.size(); i++) {
                    Game before = m.get(i - 1).get(m.get(i - 1).size() - 1);
                    Game after = m.get(i).get(0);
                    int gamesApart = indexOf(list, after) - indexOf(list, before);
                    long daysApart = ChronoUnit.DAYS.between(before.date(), after.date());
                    int missing = Math.max(0, minGames - gamesApart) + (int) Math.max(0, minDays - daysApart);
                    if (missing > 0) {
                        out.add(violation(missing, team + " meets " + e.getKey() + " again " + gamesApart + " games and "
                                + daysApart + " days later (" + label(before) + ", " + label(after) + "), at least " + minGames
                                + " games and " + minDays + " days required", List.of(before.id(), after.id()),
                                List.of(team, e.getKey())));
                    }
                }
            }
        }
    }

    /**
     * {@code weekend-home-games}: per team, penalty = home games on {@code days} missing below the target: {@code min},
     * or without it {@code minShare} percent of the team's games on those days (rounded down).
     */
    record WeekendHomeGames(RuleDefinition definition, int min, int minShare, Set<DayOfWeek> days) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            int onDays = 0;
            List<Game> weekend = new ArrayList<>();
            for (Game g : list) {
                if (days.contains(g.date().getDayOfWeek())) {
                    onDays++;
                    if (g.home().equals(team)) {
                        weekend.add(g);
                    }
                }
            }
            int target = min >= 0 ? min : onDays * minShare / 100;
            if (weekend.size() < target) {
                out.add(violation(target - weekend.size(), team + " has " + weekend.size() + " weekend home games, at least "
                        + target + " wanted" + (weekend.isEmpty() ? "" : " (" + labels(weekend) + ")"), ids(weekend), List.of(team)));
            }
        }
    }

    /** The position of a game in a list: by identity first (the usual case, and cheap), else by equality. */
    static int indexOf(List<Game> list, Game g) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == g) {
                return i;
            }
        }
        return list.indexOf(g);
    }

    /** An event at a school besides the schedule's games, e.g. a women's home game. */
    record SchoolEvent(String team, LocalDate date, String label) {
    }

    /**
     * {@code home-events-per-day}: per school and day, penalty = home events (games and listed events) beyond
     * {@code max}. The events are indexed by team and day ({@link #of}); a set whose rule names a {@code companion}
     * sport gets that sport's home games as events ({@link DefaultRules#withCompanion}).
     */
    record HomeEventsPerDay(RuleDefinition definition, int max, Map<String, Map<LocalDate, List<String>>> eventsByTeam)
            implements Rule.TeamRule {

        static HomeEventsPerDay of(RuleDefinition definition, int max, List<SchoolEvent> events) {
            Map<String, Map<LocalDate, List<String>>> byTeam = new java.util.HashMap<>();
            for (SchoolEvent e : events) {
                byTeam.computeIfAbsent(e.team(), t -> new java.util.HashMap<>()).computeIfAbsent(e.date(), d -> new ArrayList<>())
                        .add(e.label());
            }
            return new HomeEventsPerDay(definition, max, byTeam);
        }

        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            Map<LocalDate, List<Game>> gamesByDay = new TreeMap<>();
            for (Game g : list) {
                if (g.home().equals(team)) {
                    gamesByDay.computeIfAbsent(g.date(), d -> new ArrayList<>()).add(g);
                }
            }
            Map<LocalDate, List<String>> events = eventsByTeam.getOrDefault(team, Map.of());
            gamesByDay.forEach((day, games) -> {
                List<String> labels = new ArrayList<>(games.stream().map(RuleContext::label).toList());
                labels.addAll(events.getOrDefault(day, List.of()));
                if (labels.size() > max) {
                    out.add(violation(labels.size() - max, team + " hosts " + labels.size() + " events on " + day + " ("
                            + String.join(", ", labels) + "), at most " + max + " allowed", ids(games), List.of(team)));
                }
            });
        }
    }
}
