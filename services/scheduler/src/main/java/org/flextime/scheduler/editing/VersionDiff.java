package org.flextime.scheduler.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.flextime.contracts.api.GameDifference;
import org.flextime.contracts.api.VersionGame;

/** What differs between two versions of a schedule, game by game. */
public final class VersionDiff {

    private VersionDiff() {
    }

    /** Every game that differs (a field changed, or it exists in one version only), in game id order. */
    public static List<GameDifference> between(List<ScheduledGame> from, List<ScheduledGame> to) {
        Map<String, VersionGame> before = index(from);
        Map<String, VersionGame> after = index(to);
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<GameDifference> out = new ArrayList<>();
        for (String id : ids) {
            VersionGame a = before.get(id);
            VersionGame b = after.get(id);
            List<String> fields = fields(a, b);
            if (!fields.isEmpty()) {
                out.add(new GameDifference(id, fields, a, b));
            }
        }
        return out;
    }

    private static List<String> fields(VersionGame a, VersionGame b) {
        if (a == null || b == null) {
            return a == b ? List.of() : List.of("game");
        }
        List<String> out = new ArrayList<>();
        if (!a.date().equals(b.date())) {
            out.add("date");
        }
        if (!a.home().equals(b.home())) {
            out.add("home");
        }
        if (!a.away().equals(b.away())) {
            out.add("away");
        }
        if (!Objects.equals(a.venue(), b.venue())) {
            out.add("venue");
        }
        if (!Objects.equals(a.start(), b.start())) {
            out.add("start");
        }
        if (a.pinned() != b.pinned() || !Objects.equals(a.pinReason(), b.pinReason())) {
            out.add("pinned");
        }
        return out;
    }

    private static Map<String, VersionGame> index(List<ScheduledGame> games) {
        Map<String, VersionGame> out = new LinkedHashMap<>();
        games.forEach(g -> out.put(g.id(), g.view()));
        return out;
    }
}
