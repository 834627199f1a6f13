package org.flextime.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conference sport for one season: who takes part (team codes; "all" is resolved to every school when
 * the season loads), its format, its calendar window, protected rivalries, the rules as published, and which
 * of a school's venues hosts its home games.
 */
public record Sport(String code, String name, List<String> participants, Format format, Window window,
                    Optional<Championship> championship, List<List<String>> protectedRivalries,
                    List<String> rules, HomeVenue homeVenue) {
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");
    private static final String NUMBER = "(\\d+|" + String.join("|", NUMBER_WORDS) + ")";
    private static final Pattern MAX_ROAD = Pattern.compile("no more than " + NUMBER + " consecutive road games");
    private static final Pattern ENDS = Pattern.compile("at least " + NUMBER + " home and " + NUMBER
            + " away games among a team's first " + NUMBER + " and among its last " + NUMBER);

    /**
     * Which venue of a school hosts the sport's home games, as the season data says ({@code "homeVenue"}): its
     * football stadium, its arena, or (data naming neither) the school's own venue for the sport, which schools.csv
     * does not list.
     */
    public enum HomeVenue {
        STADIUM, ARENA, UNLISTED;

        /** Parses the JSON spelling ("stadium", "arena"). */
        public static Optional<HomeVenue> parse(String text) {
            for (HomeVenue v : values()) {
                if (v != UNLISTED && v.name().equalsIgnoreCase(text)) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /** A rule that each team's first and last {@code games} games hold at least so many home and away games. */
    public record EndsBalance(int minHome, int minAway, int games) {
    }

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
        homeVenue = homeVenue == null ? HomeVenue.UNLISTED : homeVenue;
    }

    /** A sport whose data names no home venue: its games are at each school's own, unlisted venue. */
    public Sport(String code, String name, List<String> participants, Format format, Window window,
                 Optional<Championship> championship, List<List<String>> protectedRivalries, List<String> rules) {
        this(code, name, participants, format, window, championship, protectedRivalries, rules, HomeVenue.UNLISTED);
    }

    /** The venue where the team hosts this sport: its stadium or arena as the data says, else "School Sport home venue". */
    public String venueOf(Team home) {
        return switch (homeVenue) {
            case STADIUM -> home.stadium().name();
            case ARENA -> home.arena().name();
            case UNLISTED -> home.school() + " " + name + " home venue";
        };
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
        return hardRules().anyMatch(r -> r.contains("consecutive days"));
    }

    /** The hard rule "no more than N consecutive road games", if the sport has it (read from the rule text). */
    public OptionalInt maxConsecutiveRoadGames() {
        return hardRules().map(MAX_ROAD::matcher).filter(Matcher::find)
                .mapToInt(m -> number(m.group(1))).findFirst();
    }

    /**
     * The hard rule "at least H home and A away games among a team's first N and among its last N", if the
     * sport has it (read from the rule text).
     */
    public Optional<EndsBalance> endsBalance() {
        return hardRules().map(ENDS::matcher).filter(Matcher::find)
                .filter(m -> number(m.group(3)) == number(m.group(4)))
                .map(m -> new EndsBalance(number(m.group(1)), number(m.group(2)), number(m.group(3))))
                .findFirst();
    }

    /** "4" or "four": the data writes small numbers both ways. */
    private static int number(String text) {
        int word = NUMBER_WORDS.indexOf(text);
        return word >= 0 ? word : Integer.parseInt(text);
    }

    private java.util.stream.Stream<String> hardRules() {
        return rules.stream().map(r -> r.toLowerCase(Locale.ROOT)).filter(r -> !r.startsWith("soft:"));
    }
}
