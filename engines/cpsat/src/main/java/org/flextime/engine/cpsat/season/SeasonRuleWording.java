package org.flextime.engine.cpsat.season;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.RuleDefinition;
import tools.jackson.databind.JsonNode;

/** Names a conference rule in words a scheduler reads: its id, what it asks, and of whom. */
final class SeasonRuleWording {

    private SeasonRuleWording() {
    }

    /**
     * "ends-balance (2 home and 2 away in the first and last 4 games) on all teams"; a rule whose id is not its kind
     * is named by its id and kind, "first-last-games-balance (ends-balance: 2 home and ...) on all teams".
     */
    static String describe(RuleDefinition rule) {
        JsonNode p = rule.params();
        String what = switch (rule.kind()) {
            case "ends-balance" -> integer(p, "minHome", 0) + " home and " + integer(p, "minAway", 0) + " away in the first and last "
                    + integer(p, "games", 0) + " games";
            case "rematch-separation" -> "two meetings of the same teams at least " + integer(p, "minGames", 0) + " games and "
                    + integer(p, "minDays", 0) + " days apart";
            case "max-consecutive" -> "at most " + integer(p, "max", 0) + ("home".equals(text(p, "side")) ? " home" : " road")
                    + " games in a row";
            case "home-games" -> homeGames(p);
            case "home-away-balance" -> "home and away games differ by at most " + integer(p, "maxDifference", 1);
            case "home-and-away" -> "a pair that meets twice meets once at each home";
            case "rest-days" -> "at least " + integer(p, "minDays", 0) + " rest days between games";
            case "games-per-day" -> "at most " + integer(p, "max", 1) + " game a day";
            case "blackout" -> "no games on " + blackouts(p);
            case "window" -> "games inside the sport's window";
            case "play-days" -> "games on the sport's play days";
            case "exam-periods" -> "no games in exam periods";
            default -> null;
        };
        String scope = SCOPED.contains(rule.kind()) ? " on all teams" : "";
        String head = rule.id().equals(rule.kind()) ? rule.id() + (what == null ? "" : " (" + what + ")")
                : rule.id() + " (" + rule.kind() + (what == null ? "" : ": " + what) + ")";
        return head + scope;
    }

    private static final List<String> SCOPED = List.of("ends-balance", "rematch-separation", "max-consecutive", "home-games",
            "home-away-balance", "rest-days", "games-per-day");

    /** "A and B cannot both hold", "A, B and C cannot all hold", "A cannot hold". */
    static String conflict(List<RuleDefinition> rules) {
        if (rules.isEmpty()) {
            return "the format's meetings do not fit the sport's calendar";
        }
        List<String> names = rules.stream().map(SeasonRuleWording::describe).toList();
        if (names.size() == 1) {
            return names.get(0) + " cannot hold";
        }
        String listed = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return listed + (names.size() == 2 ? " cannot both hold" : " cannot all hold");
    }

    private static String homeGames(JsonNode p) {
        int min = integer(p, "min", 0);
        int max = integer(p, "max", -1);
        return max < 0 ? "at least " + min + " home games" : min == max ? min + " home games" : min + " to " + max + " home games";
    }

    /** "Sundays for BYU; 2026-01-10 for all teams" from the blackout list. */
    private static String blackouts(JsonNode p) {
        List<String> out = new ArrayList<>();
        JsonNode list = p.get("blackouts");
        if (list != null) {
            for (JsonNode b : list) {
                String when = b.has("weekday") ? b.get("weekday").asString() : b.has("to") && !b.get("to").asString()
                        .equals(b.get("from").asString()) ? b.get("from").asString() + " to " + b.get("to").asString()
                        : b.has("from") ? b.get("from").asString() : "?";
                JsonNode teams = b.get("teams");
                List<String> named = new ArrayList<>();
                if (teams != null && teams.isArray()) {
                    teams.forEach(t -> named.add(t.asString()));
                }
                String who = named.isEmpty() ? "all teams" : String.join(", ", named);
                out.add(when + " for " + who);
            }
        }
        return out.isEmpty() ? "blacked-out dates" : String.join("; ", out);
    }

    private static int integer(JsonNode p, String name, int fallback) {
        return p.has(name) && !p.get(name).isNull() ? p.get(name).asInt() : fallback;
    }

    private static String text(JsonNode p, String name) {
        return p.has(name) && !p.get(name).isNull() ? p.get(name).asString() : null;
    }
}
