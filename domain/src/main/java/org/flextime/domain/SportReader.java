package org.flextime.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sport of a season document: participants, format, window with its play and series days, rivalries. */
final class SportReader {
    /** "byuPlayDays" / "byuSeriesDays": a lower-case team code followed by the kind of day list. */
    private static final Pattern TEAM_DAYS = Pattern.compile("([a-z]+)(PlayDays|SeriesDays)");
    /** "finalWeekendSeriesDays": a named weekend with its own series days. */
    private static final Pattern SPECIAL_DAYS = Pattern.compile("([a-z][A-Za-z]*Weekend)(SeriesDays|PlayDays)");

    private SportReader() {
    }

    /** The sport the node describes; team codes must name known teams. */
    static Sport read(SeasonJson s, Map<String, Team> teams) {
        String code = s.text("code");
        List<String> participants;
        SeasonJson p = s.child("participants");
        if (p.node().isString() && "all".equalsIgnoreCase(p.node().stringValue())) {
            participants = List.copyOf(teams.keySet());
        } else {
            participants = p.teamList(teams);
        }
        SeasonJson f = s.object("format");
        String kindText = f.text("kind");
        Format.Kind kind = Format.Kind.parse(kindText).orElseThrow(() -> f.error("kind",
                "unknown format kind '" + kindText + "' (expected one of round-robin, partial-round-robin, "
                        + "partial-double-round-robin, series)"));
        Optional<Format.IntRange> home = Optional.empty();
        if (f.has("homeGames")) {
            List<SeasonJson> range = f.array("homeGames");
            if (range.size() != 2) {
                throw f.error("homeGames", "expected [min, max]");
            }
            home = Optional.of(new Format.IntRange(range.get(0).asInt(), range.get(1).asInt()));
        }
        List<Integer> perWeek = new ArrayList<>();
        for (SeasonJson m : f.optionalArray("matchesPerWeek")) {
            perWeek.add(m.asInt());
        }
        Format format = new Format(kind, f.optInt("gamesPerTeam"), f.optInt("opponentsTwice"), f.optInt("opponentsOnce"),
                home, f.optInt("weeks"), perWeek, f.optInt("windows"), f.optInt("byesPerTeam"),
                f.optInt("seriesPerTeam"), f.optInt("gamesPerSeries"), f.optInt("maxHomeSeries"));
        Window window = readWindow(s.object("window"), teams);
        if (window.defaultDays().isEmpty()) {
            throw s.error("window", "needs playDays or seriesDays");
        }
        checkRoom(s, format, window);
        Optional<Championship> champ = Optional.empty();
        if (s.has("championship")) {
            SeasonJson c = s.object("championship");
            champ = Optional.of(new Championship(c.date("date"), c.has("site") ? c.text("site") : ""));
        }
        List<List<String>> rivalries = new ArrayList<>();
        for (SeasonJson pair : s.optionalArray("protectedRivalries")) {
            List<String> rp = pair.teamList(teams);
            if (rp.size() != 2) {
                throw new SeasonDataException(pair.file(), pair.path(), "a rivalry is a pair of two teams");
            }
            rivalries.add(rp);
        }
        List<String> rules = new ArrayList<>();
        for (SeasonJson rule : s.optionalArray("rules")) {
            rules.add(rule.asText());
        }
        Sport.HomeVenue venue = Sport.HomeVenue.UNLISTED;
        if (s.has("homeVenue")) {
            String text = s.text("homeVenue");
            venue = Sport.HomeVenue.parse(text).orElseThrow(() -> s.error("homeVenue",
                    "unknown home venue '" + text + "' (expected stadium or arena)"));
        }
        return new Sport(code, s.text("name"), participants, format, window, champ, rivalries, rules, venue);
    }

    /**
     * A window must hold the format: a date on one of its play days for each game a team plays, or a week with a
     * series day for each series. Blackouts are not counted here, so this finds only windows that can never work.
     */
    private static void checkRoom(SeasonJson s, Format format, Window window) {
        boolean series = format.kind() == Format.Kind.SERIES;
        Set<LocalDate> slots = new TreeSet<>();
        for (LocalDate d = window.from(); !d.isAfter(window.to()); d = d.plusDays(1)) {
            if (window.defaultDays().contains(d.getDayOfWeek())) {
                slots.add(series ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : d);
            }
        }
        int needed = series ? format.seriesPerTeam() : format.totalGamesPerTeam();
        if (slots.size() < needed) {
            throw s.error("window", "from " + window.from() + " to " + window.to() + " has " + slots.size()
                    + (series ? " series weeks" : " play days") + " on " + window.defaultDays() + " but the format needs "
                    + needed + (series ? " series per team" : " games per team"));
        }
    }

    private static Window readWindow(SeasonJson w, Map<String, Team> teams) {
        Set<DayOfWeek> play = w.has("playDays") ? w.child("playDays").days() : Set.of();
        Set<DayOfWeek> series = w.has("seriesDays") ? w.child("seriesDays").days() : Set.of();
        Map<String, Set<DayOfWeek>> teamDays = new LinkedHashMap<>();
        Map<String, Set<DayOfWeek>> special = new LinkedHashMap<>();
        for (String name : w.node().propertyNames()) {
            if (name.equals("playDays") || name.equals("seriesDays") || name.equals("from") || name.equals("to")) {
                continue;
            }
            Matcher team = TEAM_DAYS.matcher(name);
            Matcher named = SPECIAL_DAYS.matcher(name);
            if (team.matches()) {
                String code = team.group(1).toUpperCase(Locale.ROOT);
                if (!teams.containsKey(code)) {
                    throw w.error(name, "names unknown team '" + code + "'");
                }
                teamDays.put(code, w.child(name).days());
            } else if (named.matches()) {
                special.put(named.group(1), w.child(name).days());
            } else {
                throw w.error(name, "unknown window field");
            }
        }
        LocalDate from = w.date("from");
        LocalDate to = w.date("to");
        if (to.isBefore(from)) {
            throw w.error("to", "window ends " + to + " before it starts " + from);
        }
        return new Window(from, to, play, series, teamDays, special);
    }
}
