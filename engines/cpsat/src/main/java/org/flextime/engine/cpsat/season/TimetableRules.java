package org.flextime.engine.cpsat.season;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.util.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flextime.domain.Game;
import org.flextime.domain.Sport;
import org.flextime.rules.Rule;
import org.flextime.rules.RuleContext;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.flextime.rules.Violation;
import tools.jackson.databind.JsonNode;

/**
 * The HARD rules of a set on a {@link TimetableModel}, each under its own literal ("the rule holds"), so that a
 * conflict can be narrowed to the rules that cause it. A rule about single games (blackouts, the window, play days,
 * exam periods: any {@link Rule.GameRule}) is encoded by asking the compiled rule itself which days it allows each
 * game on under either host, so its meaning is the validator's by construction. The rules about a team's sequence
 * and calendar (the kinds in {@link #SEQUENCE_KINDS}) are encoded from their parameters, read with the rule compiler's
 * defaults; a test ties each to the validator's verdict. The format rules ({@link #FORMAT_KINDS}) are kept by the
 * draft's meetings, which the model does not change. Every other HARD rule is left to the validator.
 */
final class TimetableRules {

    /** The team rule kinds encoded from their parameters. */
    static final Set<String> SEQUENCE_KINDS = Set.of("max-consecutive", "ends-balance", "rematch-separation", "home-games",
            "home-away-balance", "home-and-away", "rest-days", "games-per-day");
    /** The rule kinds the draft's meetings decide: kept when the draft keeps them. */
    static final Set<String> FORMAT_KINDS = Set.of("games-per-team", "repeated-meeting", "opponent-count");

    /** A HARD rule in the model and the literal under which it holds. */
    record Encoded(RuleDefinition rule, BoolVar holds) {
    }

    /** What the model holds of a set: the encoded rules, and the HARD rules left to the validator with the reason. */
    record Encoding(List<Encoded> encoded, Map<String, String> left) {
    }

    private final TimetableModel model;

    private TimetableRules(TimetableModel model) {
        this.model = model;
    }

    /** Encodes every HARD rule of the model's set that it can. */
    static Encoding encode(TimetableModel model) {
        TimetableRules rules = new TimetableRules(model);
        List<Encoded> encoded = new ArrayList<>();
        Map<String, String> left = new TreeMap<>();
        for (Rule rule : model.set.rules()) {
            RuleDefinition d = rule.definition();
            if (d.severity() != Severity.HARD) {
                continue;
            }
            String why = leftReason(rule, model);
            if (why != null) {
                left.put(d.id(), why);
                continue;
            }
            if (FORMAT_KINDS.contains(d.kind())) {
                continue;
            }
            BoolVar holds = model.cp.newBoolVar("holds_" + d.id());
            if (rule instanceof Rule.GameRule game) {
                rules.perGame(game, holds);
            } else {
                rules.sequence(d, holds);
            }
            encoded.add(new Encoded(d, holds));
        }
        return new Encoding(encoded, left);
    }

    /** Why the model cannot hold this HARD rule, or null when it can. */
    static String leftReason(Rule rule, TimetableModel model) {
        RuleDefinition d = rule.definition();
        if (rule instanceof Rule.GameRule) {
            return null;
        }
        if (FORMAT_KINDS.contains(d.kind())) {
            return keptByDraft(rule, model) ? null : "the draft's meetings break it and the model keeps them";
        }
        if (!SEQUENCE_KINDS.contains(d.kind())) {
            return "kind " + d.kind() + " is not encoded";
        }
        if (d.kind().equals("games-per-day")) {
            JsonNode p = d.params();
            if (!"team".equals(text(p, "per", "team")) || integer(p, "max", 1) != 1 || (p.has("doubleheaders")
                    && p.get("doubleheaders").asBoolean())) {
                return "only one game per team and day is encoded";
            }
        }
        return null;
    }

    /** Whether no team's games in the draft break the format rule. */
    private static boolean keptByDraft(Rule rule, TimetableModel model) {
        if (!(rule instanceof Rule.TeamRule team)) {
            return false;
        }
        RuleContext context = model.set.context();
        List<Violation> out = new ArrayList<>();
        model.teams().forEach((t, own) -> {
            List<Game> list = new ArrayList<>();
            for (int g : own) {
                list.add(model.draft.get(g));
            }
            list.sort(java.util.Comparator.comparing(Game::date).thenComparing(Game::id));
            team.evaluate(t, list, context, out);
        });
        return out.isEmpty();
    }

    /** The days the rule allows each game on, asked of the rule itself, under either host. */
    private void perGame(Rule.GameRule rule, BoolVar holds) {
        RuleContext context = model.set.context();
        Sport sport = model.set.sport();
        for (int i = 0; i < model.draft.size(); i++) {
            Game g = model.draft.get(i);
            for (boolean kept : new boolean[] {true, false}) {
                String home = kept ? g.home() : g.away();
                String away = kept ? g.away() : g.home();
                String venue = kept ? g.venue() : sport.venueOf(model.set.season().teams().get(home));
                List<Long> allowed = new ArrayList<>();
                List<Violation> out = new ArrayList<>();
                for (int d = 0; d < model.days; d++) {
                    out.clear();
                    rule.evaluate(new Game(g.id(), model.firstDay.plusDays(d), home, away, venue), context, out);
                    if (out.isEmpty()) {
                        allowed.add((long) d);
                    }
                }
                if (allowed.size() == model.days) {
                    continue;
                }
                Literal host = kept ? model.keep[i] : model.keep[i].not();
                if (allowed.isEmpty()) {
                    model.cp.addBoolOr(new Literal[] {holds.not(), host.not()});
                } else {
                    model.cp.addLinearExpressionInDomain(model.day[i],
                            Domain.fromValues(allowed.stream().mapToLong(Long::longValue).toArray()))
                            .onlyEnforceIf(new Literal[] {holds, host});
                }
            }
        }
    }

    /** A team rule from its parameters (the compiler's defaults for absent ones). */
    private void sequence(RuleDefinition d, BoolVar holds) {
        JsonNode p = d.params();
        switch (d.kind()) {
            case "max-consecutive" -> maxConsecutive(!"home".equals(text(p, "side", "away")), p.get("max").asInt(), holds);
            case "ends-balance" -> endsBalance(p.get("games").asInt(), integer(p, "minHome", 0), integer(p, "minAway", 0), holds);
            case "rematch-separation" -> rematchSeparation(integer(p, "minGames", 0), integer(p, "minDays", 0), holds);
            case "home-games" -> homeGames(integer(p, "min", 0), integer(p, "max", Integer.MAX_VALUE), holds);
            case "home-away-balance" -> homeAwayBalance(integer(p, "maxDifference", 1), holds);
            case "home-and-away" -> homeAndAway(holds);
            case "rest-days" -> apart(p.get("minDays").asInt() + 1, holds);
            case "games-per-day" -> apart(1, holds);
            default -> throw new IllegalStateException("kind " + d.kind() + " has no encoding");
        }
    }

    /** No more than {@code max} road (or home) games in a row: every max + 1 consecutive positions hold one of the other. */
    private void maxConsecutive(boolean road, int max, BoolVar holds) {
        model.homeAt.forEach((team, home) -> {
            for (int k = 0; k + max < home.length; k++) {
                LinearExprBuilder homes = LinearExpr.newBuilder();
                for (int q = k; q <= k + max; q++) {
                    homes.add(home[q]);
                }
                if (road) {
                    model.cp.addGreaterOrEqual(homes, 1).onlyEnforceIf(holds);
                } else {
                    model.cp.addLessOrEqual(homes, max).onlyEnforceIf(holds);
                }
            }
        });
    }

    /** Among a team's first and last {@code games} games, at least so many home and away games. */
    private void endsBalance(int games, int minHome, int minAway, BoolVar holds) {
        model.homeAt.forEach((team, home) -> {
            int k = Math.min(games, home.length);
            for (int from : new int[] {0, home.length - k}) {
                LinearExprBuilder homes = LinearExpr.newBuilder();
                for (int q = from; q < from + k; q++) {
                    homes.add(home[q]);
                }
                model.cp.addLinearConstraint(homes, minHome, k - minAway).onlyEnforceIf(holds);
            }
        });
    }

    /**
     * Two meetings of the same teams at least {@code minGames} of each team's games and {@code minDays} days apart.
     * Asked of every pair of their meetings, which is the same as of consecutive ones.
     */
    private void rematchSeparation(int minGames, int minDays, BoolVar holds) {
        model.teams().forEach((team, own) -> {
            Map<String, List<Integer>> byOpponent = new TreeMap<>();
            for (int g : own) {
                byOpponent.computeIfAbsent(model.draft.get(g).opponentOf(team), o -> new ArrayList<>()).add(g);
            }
            for (List<Integer> meetings : byOpponent.values()) {
                for (int a = 0; a < meetings.size(); a++) {
                    for (int b = 0; b < meetings.size(); b++) {
                        if (a == b) {
                            continue;
                        }
                        int i = meetings.get(a);
                        int j = meetings.get(b);
                        Literal[] when = {holds, model.first(i, j)};
                        if (minGames > 0) {
                            model.cp.addGreaterOrEqual(LinearExpr.newBuilder().add(model.position(team, j))
                                    .addTerm(model.position(team, i), -1), minGames).onlyEnforceIf(when);
                        }
                        if (minDays > 0) {
                            model.cp.addGreaterOrEqual(LinearExpr.newBuilder().add(model.day[j]).addTerm(model.day[i], -1), minDays)
                                    .onlyEnforceIf(when);
                        }
                    }
                }
            }
        });
    }

    private void homeGames(int min, int max, BoolVar holds) {
        model.teams().forEach((team, own) -> {
            LinearExprBuilder homes = LinearExpr.newBuilder();
            for (int g : own) {
                homes.add(model.homeExpr(team, g));
            }
            model.cp.addLinearConstraint(homes, min, Math.min(max, own.length)).onlyEnforceIf(holds);
        });
    }

    /** |home - away| = |2 home - games| at most {@code maxDifference}. */
    private void homeAwayBalance(int maxDifference, BoolVar holds) {
        model.teams().forEach((team, own) -> {
            LinearExprBuilder twice = LinearExpr.newBuilder();
            for (int g : own) {
                twice.addTerm(model.homeExpr(team, g), 2);
            }
            model.cp.addLinearConstraint(twice, own.length - maxDifference, own.length + maxDifference).onlyEnforceIf(holds);
        });
    }

    /** A pair that meets exactly twice meets once at each home. */
    private void homeAndAway(BoolVar holds) {
        model.teams().forEach((team, own) -> {
            Map<String, List<Integer>> byOpponent = new TreeMap<>();
            for (int g : own) {
                byOpponent.computeIfAbsent(model.draft.get(g).opponentOf(team), o -> new ArrayList<>()).add(g);
            }
            byOpponent.forEach((opponent, meetings) -> {
                if (team.compareTo(opponent) < 0 && meetings.size() == 2) {
                    model.cp.addEquality(LinearExpr.newBuilder().add(model.homeExpr(team, meetings.get(0)))
                            .add(model.homeExpr(team, meetings.get(1))), 1).onlyEnforceIf(holds);
                }
            });
        });
    }

    /** Any two games of a team at least {@code gap} days apart (a gap of 1: never two on one day). */
    private void apart(int gap, BoolVar holds) {
        model.teams().forEach((team, own) -> {
            for (int a = 0; a < own.length; a++) {
                for (int b = a + 1; b < own.length; b++) {
                    int i = own[a];
                    int j = own[b];
                    model.cp.addGreaterOrEqual(LinearExpr.newBuilder().add(model.day[j]).addTerm(model.day[i], -1), gap)
                            .onlyEnforceIf(new Literal[] {holds, model.first(i, j)});
                    model.cp.addGreaterOrEqual(LinearExpr.newBuilder().add(model.day[i]).addTerm(model.day[j], -1), gap)
                            .onlyEnforceIf(new Literal[] {holds, model.first(j, i)});
                }
            }
        });
    }

    private static String text(JsonNode p, String name, String fallback) {
        return p.has(name) && !p.get(name).isNull() ? p.get(name).asString() : fallback;
    }

    private static int integer(JsonNode p, String name, int fallback) {
        return p.has(name) && !p.get(name).isNull() ? p.get(name).asInt() : fallback;
    }
}
