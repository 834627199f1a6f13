package org.flextime.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A conference sport for one season: who takes part (team codes; "all" is resolved to every school when
 * the season loads), its format, its calendar window, protected rivalries and the rules as published.
 */
public record Sport(String code, String name, List<String> participants, Format format, Window window,
                    Optional<Championship> championship, List<List<String>> protectedRivalries,
                    List<String> rules) {

    /** Copies the lists so the record stays immutable. */
    public Sport {
        Objects.requireNonNull(code, "sport code is required");
        Objects.requireNonNull(format, () -> "sport " + code + ": format is required");
        Objects.requireNonNull(window, () -> "sport " + code + ": window is required");
        participants = List.copyOf(participants);
        championship = championship == null ? Optional.empty() : championship;
        protectedRivalries = protectedRivalries == null ? List.of()
                : protectedRivalries.stream().map(List::copyOf).toList();
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Whether the team takes part in this sport. */
    public boolean hasParticipant(String team) {
        return participants.contains(team);
    }

    /** Whether the two teams are a protected rivalry in this sport (in either order). */
    public boolean isProtectedRivalry(String a, String b) {
        return protectedRivalries.stream().anyMatch(p -> p.contains(a) && p.contains(b) && !a.equals(b));
    }

    /**
     * Whether the published rules forbid a team from playing on consecutive days. Read from the rule text
     * because the data states it only in prose ("no team plays on consecutive days").
     */
    public boolean forbidsConsecutiveDays() {
        return rules.stream().map(r -> r.toLowerCase(Locale.ROOT))
                .anyMatch(r -> !r.startsWith("soft:") && r.contains("consecutive days"));
    }
}
