package org.flextime.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one blackout of a season document: a date, a date range, or a weekday rule such as "no Sunday competition". */
final class BlackoutReader {
    private BlackoutReader() {
    }

    /** The blackout the node describes; team codes must name known teams. */
    static Blackout read(SeasonJson b, Map<String, Team> teams) {
        SeasonJson t = b.child("teams");
        boolean all = t.node().isString() && "all".equalsIgnoreCase(t.node().stringValue());
        List<String> codes = all ? List.of() : t.teamList(teams);
        String reason = b.has("reason") ? b.text("reason") : b.has("rule") ? b.text("rule") : "";
        if (b.has("rule") && !b.has("from") && !b.has("date")) {
            String rule = b.text("rule");
            DayOfWeek day = weekdayIn(rule).orElseThrow(() -> b.error("rule", "names no weekday: '" + rule + "'"));
            return new Blackout(codes, all, Optional.empty(), Optional.empty(), Optional.of(day), reason);
        }
        LocalDate from;
        LocalDate to;
        if (b.has("date")) {
            from = b.date("date");
            to = from;
        } else {
            from = b.date("from");
            to = b.date("to");
            if (to.isBefore(from)) {
                throw b.error("to", "blackout ends " + to + " before it starts " + from);
            }
        }
        return new Blackout(codes, all, Optional.of(from), Optional.of(to), Optional.empty(), reason);
    }

    /** The single weekday a rule such as "no competition on Sundays" speaks of. */
    private static Optional<DayOfWeek> weekdayIn(String rule) {
        String lower = rule.toLowerCase(Locale.ROOT);
        DayOfWeek found = null;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (lower.contains(d.name().toLowerCase(Locale.ROOT))) {
                if (found != null) {
                    return Optional.empty();
                }
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }
}
