package org.flextime.rules;

import static org.flextime.rules.RuleContext.ids;
import static org.flextime.rules.RuleContext.label;
import static org.flextime.rules.RuleContext.labels;

import java.util.List;
import java.util.Map;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;

/** The rules that follow from a sport's format: who plays, how often, whom, and where. */
final class FormatRules {

    private FormatRules() {
    }

    /** {@code participants}: 1 per game and team that does not take part in the sport. */
    record Participants(RuleDefinition definition) implements Rule.GameRule {
        @Override
        public void evaluate(Game g, RuleContext ctx, List<Violation> out) {
            for (String t : List.of(g.home(), g.away())) {
                if (!ctx.sport().hasParticipant(t)) {
                    Season season = ctx.season();
                    String why = season.teams().containsKey(t) ? t + " does not play " + ctx.sport().name()
                            : t + " is not a " + season.conference() + " team";
                    out.add(violation(1, label(g) + ": " + why, List.of(g.id()), List.of(t)));
                }
            }
        }

        @Override
        public boolean needsKnownTeams() {
            return false;
        }
    }

    /** {@code games-per-team}: penalty = games missing or extra. */
    record GamesPerTeam(RuleDefinition definition, int games) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            int diff = list.size() - games;
            if (diff != 0) {
                out.add(violation(Math.abs(diff), team + " plays " + list.size() + " " + ctx.sport().code()
                        + " games, the format requires " + games + " (" + Math.abs(diff)
                        + (diff < 0 ? " short)" : " too many)"), ids(list), List.of(team)));
            }
        }
    }

    /** {@code opponent-count}: penalty = how far the number of opponents met {@code times} times is from {@code count}. */
    record OpponentCount(RuleDefinition definition, int times, int count) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            long met = ctx.meetings(team, list).values().stream().filter(m -> m.size() == times).count();
            if (met != count) {
                String word = times == 1 ? "once" : times == 2 ? "twice" : times + " times";
                out.add(violation((int) Math.abs(met - count), team + " meets " + met + " opponents " + word
                        + ", the format requires " + count, ids(list), List.of(team)));
            }
        }
    }

    /** {@code repeated-meeting}: per pair, penalty = meetings beyond {@code max} (a series is one meeting). */
    record RepeatedMeeting(RuleDefinition definition, int max) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            for (Map.Entry<String, List<List<Game>>> e : ctx.meetings(team, list).entrySet()) {
                // a pair is reported once, from the team that sorts first: its list holds every game of the pair
                if (team.compareTo(e.getKey()) > 0 || e.getValue().size() <= max) {
                    continue;
                }
                List<Game> all = e.getValue().stream().flatMap(List::stream).toList();
                out.add(violation(e.getValue().size() - max, team + " and " + e.getKey() + " meet " + e.getValue().size()
                        + " times, at most " + max + " allowed (" + labels(all) + ")", ids(all), List.of(team, e.getKey())));
            }
        }
    }

    /** {@code home-and-away}: 1 per pair met twice without one home game each. */
    record HomeAndAway(RuleDefinition definition) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            for (Map.Entry<String, List<List<Game>>> e : ctx.meetings(team, list).entrySet()) {
                List<List<Game>> m = e.getValue();
                if (team.compareTo(e.getKey()) > 0 || m.size() != 2 || !m.get(0).get(0).home().equals(m.get(1).get(0).home())) {
                    continue;
                }
                List<Game> all = m.stream().flatMap(List::stream).toList();
                out.add(violation(1, team + " and " + e.getKey() + " meet twice, both at " + m.get(0).get(0).home()
                        + " (" + labels(all) + ")", ids(all), List.of(team, e.getKey())));
            }
        }
    }

    /**
     * {@code home-games}: penalty = home games outside [min, max]; in series formats also series hosted
     * beyond {@code maxHomeSeries}.
     */
    record HomeGames(RuleDefinition definition, int min, int max, int maxHomeSeries) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            int home = (int) list.stream().filter(g -> g.home().equals(team)).count();
            if (home < min || home > max) {
                int off = home < min ? min - home : home - max;
                out.add(violation(off, team + " has " + home + " home games, the format requires " + min + " to " + max,
                        ids(list), List.of(team)));
            }
            if (maxHomeSeries > 0 && ctx.sport().format().kind() == Format.Kind.SERIES) {
                int hosted = (int) ctx.meetings(team, list).values().stream().flatMap(List::stream)
                        .filter(s -> s.get(0).home().equals(team)).count();
                if (hosted > maxHomeSeries) {
                    out.add(violation(hosted - maxHomeSeries, team + " hosts " + hosted + " series, at most "
                            + maxHomeSeries + " allowed", ids(list), List.of(team)));
                }
            }
        }
    }

    /** {@code home-away-balance}: penalty = |home - away| - maxDifference per team, when positive. */
    record HomeAwayBalance(RuleDefinition definition, int maxDifference) implements Rule.TeamRule {
        @Override
        public void evaluate(String team, List<Game> list, RuleContext ctx, List<Violation> out) {
            int home = (int) list.stream().filter(g -> g.home().equals(team)).count();
            int away = list.size() - home;
            if (Math.abs(home - away) > maxDifference) {
                out.add(violation(Math.abs(home - away) - maxDifference, team + " has " + home + " home and " + away
                        + " away games", ids(list), List.of(team)));
            }
        }
    }
}
