package org.flextime.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A time a team (or every team) may not compete: either a date range (a single date has from == to) or
 * a weekday rule such as BYU's "no competition on Sundays". {@code teams} is empty when it applies to all.
 */
public record Blackout(List<String> teams, boolean allTeams, Optional<LocalDate> from, Optional<LocalDate> to,
                       Optional<DayOfWeek> weekday, String reason) {

    /** Checks that the blackout says when it applies and copies the team list. */
    public Blackout {
        teams = teams == null ? List.of() : List.copyOf(teams);
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        weekday = weekday == null ? Optional.empty() : weekday;
        Objects.requireNonNull(reason, "blackout reason is required");
        if (!allTeams && teams.isEmpty()) {
            throw new IllegalArgumentException("blackout '" + reason + "' names no team");
        }
        if (weekday.isEmpty() && (from.isEmpty() || to.isEmpty())) {
            throw new IllegalArgumentException("blackout '" + reason + "' has neither a date range nor a weekday");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("blackout '" + reason + "' ends before it starts");
        }
    }

    /** A weekday rule for some teams, e.g. BYU never on Sunday. */
    public static Blackout weekly(List<String> teams, DayOfWeek day, String reason) {
        return new Blackout(teams, false, Optional.empty(), Optional.empty(), Optional.of(day), reason);
    }

    /** A date range for some teams, or for all when teams is empty. */
    public static Blackout range(List<String> teams, LocalDate from, LocalDate to, String reason) {
        return new Blackout(teams, teams.isEmpty(), Optional.of(from), Optional.of(to), Optional.empty(), reason);
    }

    /** Whether the team may not compete on the date because of this blackout. */
    public boolean appliesTo(String team, LocalDate date) {
        if (!allTeams && !teams.contains(team)) {
            return false;
        }
        if (weekday.isPresent() && date.getDayOfWeek() != weekday.get()) {
            return false;
        }
        if (from.isPresent() && date.isBefore(from.get())) {
            return false;
        }
        return to.isEmpty() || !date.isAfter(to.get());
    }
}
