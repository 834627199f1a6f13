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

    /** {@code max-consecutive}: 1 per streak of more than {@code max} road (or home) games, penalty = games beyond max. */
    record MaxConsecutive(RuleDefinition definition, boolean road, int max) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            List<Game> run = new ArrayList<>();
            for (int i = 0; i <= list.size(); i++) {
                if (i < list.size() && list.get(i).away().equals(team) == road) {
                    run.add(list.get(i));
                    continue;
                }
                if (run.size() > max) {
                    out.add(violation(run.size() - max, team + " plays " + run.size() + (road ? " road" : " home")
                            + " games in a row, at most " + max + " allowed (" + labels(run) + ")", ids(run), List.of(team)));
                }
                run.clear();
            }
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
                    int gamesApart = list.indexOf(after) - list.indexOf(before);
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

    /** {@code weekend-home-games}: penalty = home games on {@code days} missing below {@code min}, per team. */
    record WeekendHomeGames(RuleDefinition definition, int min, Set<DayOfWeek> days) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            List<Game> weekend = list.stream().filter(g -> g.home().equals(team) && days.contains(g.date().getDayOfWeek())).toList();
            if (weekend.size() < min) {
                out.add(violation(min - weekend.size(), team + " has " + weekend.size() + " weekend home games, at least "
                        + min + " wanted" + (weekend.isEmpty() ? "" : " (" + labels(weekend) + ")"), ids(weekend), List.of(team)));
            }
        }
    }

    /** An event at a school besides the schedule's games, e.g. a women's home game. */
    record SchoolEvent(String team, LocalDate date, String label) {
    }

    /** {@code home-events-per-day}: per school and day, penalty = home events (games and listed events) beyond {@code max}. */
    record HomeEventsPerDay(RuleDefinition definition, int max, List<SchoolEvent> events) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            Map<LocalDate, List<String>> byDay = new TreeMap<>();
            Map<LocalDate, List<Game>> gamesByDay = new TreeMap<>();
            for (Game g : list) {
                if (g.home().equals(team)) {
                    byDay.computeIfAbsent(g.date(), d -> new ArrayList<>()).add(label(g));
                    gamesByDay.computeIfAbsent(g.date(), d -> new ArrayList<>()).add(g);
                }
            }
            for (SchoolEvent e : events) {
                if (e.team().equals(team) && byDay.containsKey(e.date())) {
                    byDay.get(e.date()).add(e.label());
                }
            }
            byDay.forEach((day, labels) -> {
                if (labels.size() > max) {
                    out.add(violation(labels.size() - max, team + " hosts " + labels.size() + " events on " + day + " ("
                            + String.join(", ", labels) + "), at most " + max + " allowed", ids(gamesByDay.get(day)), List.of(team)));
                }
            });
        }
    }
}
