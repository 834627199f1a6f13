package org.flextime.constraints.engine;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flextime.domain.Blackout;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * Checks a schedule for one sport against its format and the season's calendar. Rules and penalties:
 * <ul>
 * <li>{@code unknown-team} HARD, 1 per game whose home or away team does not take part in the sport;</li>
 * <li>{@code games-per-team} HARD, penalty = games missing or extra;</li>
 * <li>{@code opponents-twice} / {@code opponents-once} HARD (partial double round robin), penalty = how far
 * the number of opponents met twice / once is from the format;</li>
 * <li>{@code repeated-meeting} HARD, penalty = meetings beyond the format's maximum for a pair (1 in single
 * round robins, 2 in double formats; series formats count series, not games);</li>
 * <li>{@code home-and-away} HARD, 1 per pair met twice without one home game each;</li>
 * <li>{@code home-games} HARD, penalty = home games outside the format's homeGames range (or above
 * maxHomeSeries series);</li>
 * <li>{@code blackout} HARD, 1 per team and game on a date a blackout applies to (BYU on Sunday, Thanksgiving);</li>
 * <li>{@code outside-window} HARD and {@code not-a-play-day} HARD, 1 per game not on a date the two teams may
 * meet ({@link Season#matchDates}); a date already reported as a blackout is not reported again;</li>
 * <li>{@code consecutive-days} HARD when the sport's rules forbid it, 1 per team and pair of adjacent days;</li>
 * <li>{@code consecutive-road-games} HARD when the rules say "no more than N consecutive road games",
 * 1 per streak, penalty = road games beyond N;</li>
 * <li>{@code first-last-games-balance} HARD when the rules ask for H home and A away games among a team's
 * first and last N games, 1 per team and end, penalty = home and away games missing;</li>
 * <li>{@code home-away-balance} SOFT, penalty = |home - away| - 1 per team (single-game formats).</li>
 * </ul>
 * Rules the data marks "soft:" (weekend home games, home-and-home spacing) and football's "4 road games in
 * 5 weeks" are not checked yet.
 */
public final class ScheduleValidator {

    /** Validates the games of one sport of the season. */
    public ValidationReport validate(Season season, Sport sport, List<Game> games) {
        List<Violation> out = new ArrayList<>();
        List<Game> known = new ArrayList<>();
        for (Game g : games) {
            boolean ok = true;
            for (String t : List.of(g.home(), g.away())) {
                if (!sport.hasParticipant(t)) {
                    ok = false;
                    String why = season.teams().containsKey(t) ? t + " does not play " + sport.name()
                            : t + " is not a " + season.conference() + " team";
                    out.add(new Violation("unknown-team", Severity.HARD, 1, label(g) + ": " + why, List.of(g.id()), List.of(t)));
                }
            }
            if (ok) {
                known.add(g);
            }
        }
        Map<String, List<Game>> byTeam = byTeam(sport, known);
        gamesPerTeam(sport, byTeam, out);
        meetings(sport, byTeam, out);
        homeGames(sport, byTeam, out);
        calendar(season, sport, known, out);
        consecutiveDays(sport, byTeam, out);
        roadStreaks(sport, byTeam, out);
        endsBalance(sport, byTeam, out);
        return ValidationReport.of(out);
    }

    private static Map<String, List<Game>> byTeam(Sport sport, List<Game> games) {
        Map<String, List<Game>> byTeam = new LinkedHashMap<>();
        for (String t : sport.participants()) {
            byTeam.put(t, new ArrayList<>());
        }
        for (Game g : games) {
            byTeam.get(g.home()).add(g);
            byTeam.get(g.away()).add(g);
        }
        byTeam.values().forEach(l -> l.sort(Comparator.comparing(Game::date).thenComparing(Game::id)));
        return byTeam;
    }

    private static void gamesPerTeam(Sport sport, Map<String, List<Game>> byTeam, List<Violation> out) {
        int expected = sport.format().totalGamesPerTeam();
        byTeam.forEach((team, list) -> {
            int diff = list.size() - expected;
            if (diff != 0) {
                out.add(new Violation("games-per-team", Severity.HARD, Math.abs(diff),
                        team + " plays " + list.size() + " " + sport.code() + " games, the format requires " + expected
                                + " (" + Math.abs(diff) + (diff < 0 ? " short)" : " too many)"),
                        ids(list), List.of(team)));
            }
        });
    }

    /** Meetings per opponent; a series of any length counts as one meeting. */
    private static Map<String, List<List<Game>>> meetingsOf(Sport sport, String team, List<Game> games) {
        Map<String, List<List<Game>>> meetings = new TreeMap<>();
        boolean series = sport.format().kind() == Format.Kind.SERIES;
        int perSeries = Math.max(1, sport.format().gamesPerSeries());
        for (Game g : games) {
            List<List<Game>> list = meetings.computeIfAbsent(g.opponentOf(team), k -> new ArrayList<>());
            List<Game> last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (series && last != null && last.size() < perSeries && last.get(0).home().equals(g.home())
                    && !g.date().isAfter(last.get(last.size() - 1).date().plusDays(2))) {
                last.add(g);
            } else {
                list.add(new ArrayList<>(List.of(g)));
            }
        }
        return meetings;
    }

    private static void meetings(Sport sport, Map<String, List<Game>> byTeam, List<Violation> out) {
        Format f = sport.format();
        boolean partialDouble = f.kind() == Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN;
        boolean doubleRoundRobin = f.kind() == Format.Kind.ROUND_ROBIN
                && f.gamesPerTeam() == 2 * (sport.participants().size() - 1);
        int maxMeetings = partialDouble || doubleRoundRobin ? 2 : 1;
        byTeam.forEach((team, list) -> {
            Map<String, List<List<Game>>> meetings = meetingsOf(sport, team, list);
            int twice = 0;
            int once = 0;
            for (Map.Entry<String, List<List<Game>>> e : meetings.entrySet()) {
                String opp = e.getKey();
                List<List<Game>> m = e.getValue();
                if (m.size() == 1) {
                    once++;
                } else if (m.size() == 2) {
                    twice++;
                }
                // each pair is reported once, from the team that sorts first
                if (team.compareTo(opp) > 0) {
                    continue;
                }
                List<Game> all = m.stream().flatMap(List::stream).toList();
                if (m.size() > maxMeetings) {
                    out.add(new Violation("repeated-meeting", Severity.HARD, m.size() - maxMeetings,
                            team + " and " + opp + " meet " + m.size() + " times, at most " + maxMeetings
                                    + " allowed (" + labels(all) + ")", ids(all), List.of(team, opp)));
                }
                if (m.size() == 2 && maxMeetings == 2 && m.get(0).get(0).home().equals(m.get(1).get(0).home())) {
                    String host = m.get(0).get(0).home();
                    out.add(new Violation("home-and-away", Severity.HARD, 1,
                            team + " and " + opp + " meet twice, both at " + host + " (" + labels(all) + ")",
                            ids(all), List.of(team, opp)));
                }
            }
            if (partialDouble) {
                if (twice != f.opponentsTwice()) {
                    out.add(new Violation("opponents-twice", Severity.HARD, Math.abs(twice - f.opponentsTwice()),
                            team + " meets " + twice + " opponents twice, the format requires " + f.opponentsTwice(),
                            ids(list), List.of(team)));
                }
                if (once != f.opponentsOnce()) {
                    out.add(new Violation("opponents-once", Severity.HARD, Math.abs(once - f.opponentsOnce()),
                            team + " meets " + once + " opponents once, the format requires " + f.opponentsOnce(),
                            ids(list), List.of(team)));
                }
            }
        });
    }

    private static void homeGames(Sport sport, Map<String, List<Game>> byTeam, List<Violation> out) {
        Format f = sport.format();
        byTeam.forEach((team, list) -> {
            int home = (int) list.stream().filter(g -> g.home().equals(team)).count();
            int away = list.size() - home;
            if (f.homeGames().isPresent() && !f.homeGames().get().contains(home)) {
                Format.IntRange r = f.homeGames().get();
                int off = home < r.min() ? r.min() - home : home - r.max();
                out.add(new Violation("home-games", Severity.HARD, off, team + " has " + home
                        + " home games, the format requires " + r.min() + " to " + r.max(), ids(list), List.of(team)));
            }
            if (f.kind() == Format.Kind.SERIES && f.maxHomeSeries() > 0) {
                int homeSeries = (int) meetingsOf(sport, team, list).values().stream().flatMap(List::stream)
                        .filter(s -> s.get(0).home().equals(team)).count();
                if (homeSeries > f.maxHomeSeries()) {
                    out.add(new Violation("home-games", Severity.HARD, homeSeries - f.maxHomeSeries(), team + " hosts "
                            + homeSeries + " series, at most " + f.maxHomeSeries() + " allowed", ids(list), List.of(team)));
                }
            }
            if (f.kind() != Format.Kind.SERIES && Math.abs(home - away) > 1) {
                out.add(new Violation("home-away-balance", Severity.SOFT, Math.abs(home - away) - 1,
                        team + " has " + home + " home and " + away + " away games", ids(list), List.of(team)));
            }
        });
    }

    private static void calendar(Season season, Sport sport, List<Game> games, List<Violation> out) {
        Map<String, Set<LocalDate>> allowed = new TreeMap<>();
        LocalDate first = sport.window().from();
        LocalDate last = sport.window().to();
        if (sport.format().kind() == Format.Kind.SERIES) {
            List<LocalDate> weeks = season.seriesWeeks(sport);
            // a series weekend may start before "from" for a team with its own days, so whole weeks count
            first = weeks.get(0);
            last = weeks.get(weeks.size() - 1).plusDays(6);
        }
        for (Game g : games) {
            boolean blackedOut = false;
            for (String t : List.of(g.home(), g.away())) {
                for (Blackout b : season.blackoutsFor(t, g.date())) {
                    blackedOut = true;
                    out.add(new Violation("blackout", Severity.HARD, 1, t + " plays on " + dayName(g.date()) + " "
                            + g.date() + " (" + label(g) + "): " + b.reason(), List.of(g.id()), List.of(t)));
                }
            }
            if (blackedOut) {
                continue;
            }
            Set<LocalDate> ok = allowed.computeIfAbsent(g.home() + "|" + g.away(),
                    k -> Set.copyOf(season.matchDates(sport, g.home(), g.away())));
            if (ok.contains(g.date())) {
                continue;
            }
            if (g.date().isBefore(first) || g.date().isAfter(last)) {
                out.add(new Violation("outside-window", Severity.HARD, 1, label(g) + " on " + g.date()
                        + " is outside the " + sport.code() + " window " + first + " to " + last,
                        List.of(g.id()), List.of(g.home(), g.away())));
            } else {
                out.add(new Violation("not-a-play-day", Severity.HARD, 1, label(g) + " on " + dayName(g.date()) + " "
                        + g.date() + " is not a " + sport.code() + " play day for " + g.away() + " and " + g.home(),
                        List.of(g.id()), List.of(g.home(), g.away())));
            }
        }
    }

    private static void consecutiveDays(Sport sport, Map<String, List<Game>> byTeam, List<Violation> out) {
        if (!sport.forbidsConsecutiveDays()) {
            return;
        }
        byTeam.forEach((team, list) -> {
            for (int i = 1; i < list.size(); i++) {
                Game a = list.get(i - 1);
                Game b = list.get(i);
                if (a.date().plusDays(1).equals(b.date())) {
                    out.add(new Violation("consecutive-days", Severity.HARD, 1, team + " plays on consecutive days "
                            + a.date() + " and " + b.date() + " (" + label(a) + ", " + label(b) + ")",
                            List.of(a.id(), b.id()), List.of(team)));
                }
            }
        });
    }

    private static void roadStreaks(Sport sport, Map<String, List<Game>> byTeam, List<Violation> out) {
        if (sport.maxConsecutiveRoadGames().isEmpty()) {
            return;
        }
        int max = sport.maxConsecutiveRoadGames().getAsInt();
        byTeam.forEach((team, list) -> {
            List<Game> run = new ArrayList<>();
            for (int i = 0; i <= list.size(); i++) {
                boolean away = i < list.size() && list.get(i).away().equals(team);
                if (away) {
                    run.add(list.get(i));
                    continue;
                }
                if (run.size() > max) {
                    out.add(new Violation("consecutive-road-games", Severity.HARD, run.size() - max, team + " plays "
                            + run.size() + " road games in a row, at most " + max + " allowed (" + labels(run) + ")",
                            ids(run), List.of(team)));
                }
                run.clear();
            }
        });
    }

    private static void endsBalance(Sport sport, Map<String, List<Game>> byTeam, List<Violation> out) {
        if (sport.endsBalance().isEmpty()) {
            return;
        }
        Sport.EndsBalance rule = sport.endsBalance().get();
        byTeam.forEach((team, list) -> {
            int k = Math.min(rule.games(), list.size());
            checkEnd(team, "first", list.subList(0, k), rule, out);
            checkEnd(team, "last", list.subList(list.size() - k, list.size()), rule, out);
        });
    }

    private static void checkEnd(String team, String which, List<Game> part, Sport.EndsBalance rule, List<Violation> out) {
        int home = (int) part.stream().filter(g -> g.home().equals(team)).count();
        int away = part.size() - home;
        int missing = Math.max(0, rule.minHome() - home) + Math.max(0, rule.minAway() - away);
        if (missing > 0) {
            out.add(new Violation("first-last-games-balance", Severity.HARD, missing, team + "'s " + which + " "
                    + part.size() + " games have " + home + " home and " + away + " away, at least " + rule.minHome()
                    + " and " + rule.minAway() + " required (" + labels(part) + ")", ids(part), List.of(team)));
        }
    }

    private static String dayName(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String label(Game g) {
        return g.id() + " " + g.away() + " at " + g.home();
    }

    private static String labels(List<Game> games) {
        return String.join(", ", games.stream().map(ScheduleValidator::label).toList());
    }

    private static List<String> ids(List<Game> games) {
        return games.stream().map(Game::id).toList();
    }
}
