package org.flextime.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Turns the text of schools.csv and a season JSON file into a {@link Season}; every error names file and field. */
final class SeasonReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** "byuPlayDays" / "byuSeriesDays": a lower-case team code followed by the kind of day list. */
    private static final Pattern TEAM_DAYS = Pattern.compile("([a-z]+)(PlayDays|SeriesDays)");
    /** "finalWeekendSeriesDays": a named weekend with its own series days. */
    private static final Pattern SPECIAL_DAYS = Pattern.compile("([a-z][A-Za-z]*Weekend)(SeriesDays|PlayDays)");
    private static final List<String> SCHOOL_COLUMNS = List.of("code", "school", "nickname", "city", "state",
            "latitude", "longitude", "timezone", "arena", "arena_capacity", "stadium", "stadium_capacity",
            "stadium_latitude", "stadium_longitude");

    private SeasonReader() {
    }

    /** Reads schools.csv text into teams keyed by code, in file order. */
    static Map<String, Team> readSchools(String fileName, String text) {
        String[] lines = text.replace("\r", "").split("\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new SeasonDataException(fileName, "header", "file is empty");
        }
        List<String> header = splitCsv(lines[0]);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).trim(), i);
        }
        for (String c : SCHOOL_COLUMNS) {
            if (!col.containsKey(c)) {
                throw new SeasonDataException(fileName, "header", "missing column '" + c + "'");
            }
        }
        Map<String, Team> teams = new LinkedHashMap<>();
        for (int n = 1; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            List<String> cells = splitCsv(lines[n]);
            Row row = new Row(fileName, n + 1, cells, col);
            String code = row.text("code");
            double lat = row.number("latitude", -90, 90);
            double lon = row.number("longitude", -180, 180);
            ZoneId zone;
            try {
                zone = ZoneId.of(row.text("timezone"));
            } catch (DateTimeException e) {
                throw new SeasonDataException(fileName, row.where("timezone"), "unknown time zone '" + row.text("timezone") + "'", e);
            }
            Venue arena = new Venue(row.text("arena"), row.integer("arena_capacity"), lat, lon);
            Venue stadium = new Venue(row.text("stadium"), row.integer("stadium_capacity"),
                    row.number("stadium_latitude", -90, 90), row.number("stadium_longitude", -180, 180));
            Team team = new Team(code, row.text("school"), row.text("nickname"), row.text("city"), row.text("state"),
                    lat, lon, zone, arena, stadium);
            if (teams.put(code, team) != null) {
                throw new SeasonDataException(fileName, row.where("code"), "duplicate team code '" + code + "'");
            }
        }
        if (teams.isEmpty()) {
            throw new SeasonDataException(fileName, "rows", "no schools");
        }
        return teams;
    }

    /** Reads a season JSON document; the schools must already be read. */
    static Season readSeason(String fileName, String text, Map<String, Team> teams) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new SeasonDataException(fileName, "(document)", "not valid JSON: " + e.getOriginalMessage(), e);
        }
        Json r = new Json(fileName, "", root);
        String id = r.text("season");
        String conference = r.text("conference");
        List<Sport> sports = new ArrayList<>();
        for (Json s : r.array("sports")) {
            sports.add(readSport(s, teams));
        }
        List<Blackout> blackouts = new ArrayList<>();
        for (Json b : r.optionalArray("blackouts")) {
            blackouts.add(readBlackout(b, teams));
        }
        List<List<String>> partners = new ArrayList<>();
        for (Json p : r.optionalArray("travelPartners")) {
            partners.add(teamList(p, teams));
        }
        TravelCostModel cost = new TravelCostModel("USD", List.of());
        if (r.has("travelCost")) {
            Json tc = r.object("travelCost");
            List<TravelMode> modes = new ArrayList<>();
            for (Json m : tc.array("modes")) {
                modes.add(new TravelMode(m.text("mode"), m.optNumber("baseCost", 0), m.optNumber("costPerMile", 0),
                        m.optNumber("costPerPerson", 0), m.optNumber("minMiles", 0),
                        m.optNumber("maxMiles", Double.POSITIVE_INFINITY)));
            }
            cost = new TravelCostModel(tc.has("currency") ? tc.text("currency") : "USD", modes);
        }
        return new Season(id, conference, teams, sports, blackouts, partners, cost);
    }

    private static Sport readSport(Json s, Map<String, Team> teams) {
        String code = s.text("code");
        List<String> participants;
        Json p = s.child("participants");
        if (p.node.isString() && "all".equalsIgnoreCase(p.node.stringValue())) {
            participants = List.copyOf(teams.keySet());
        } else {
            participants = teamList(p, teams);
        }
        Json f = s.object("format");
        String kindText = f.text("kind");
        Format.Kind kind = Format.Kind.parse(kindText).orElseThrow(() -> f.error("kind",
                "unknown format kind '" + kindText + "' (expected one of round-robin, partial-round-robin, "
                        + "partial-double-round-robin, series)"));
        Optional<Format.IntRange> home = Optional.empty();
        if (f.has("homeGames")) {
            List<Json> range = f.array("homeGames");
            if (range.size() != 2) {
                throw f.error("homeGames", "expected [min, max]");
            }
            home = Optional.of(new Format.IntRange(range.get(0).asInt(), range.get(1).asInt()));
        }
        List<Integer> perWeek = new ArrayList<>();
        for (Json m : f.optionalArray("matchesPerWeek")) {
            perWeek.add(m.asInt());
        }
        Format format = new Format(kind, f.optInt("gamesPerTeam"), f.optInt("opponentsTwice"), f.optInt("opponentsOnce"),
                home, f.optInt("weeks"), perWeek, f.optInt("windows"), f.optInt("byesPerTeam"),
                f.optInt("seriesPerTeam"), f.optInt("gamesPerSeries"), f.optInt("maxHomeSeries"));
        Window window = readWindow(s.object("window"), teams);
        if (window.defaultDays().isEmpty()) {
            throw s.error("window", "needs playDays or seriesDays");
        }
        Optional<Championship> champ = Optional.empty();
        if (s.has("championship")) {
            Json c = s.object("championship");
            champ = Optional.of(new Championship(c.date("date"), c.has("site") ? c.text("site") : ""));
        }
        List<List<String>> rivalries = new ArrayList<>();
        for (Json pair : s.optionalArray("protectedRivalries")) {
            List<String> rp = teamList(pair, teams);
            if (rp.size() != 2) {
                throw new SeasonDataException(pair.file, pair.path, "a rivalry is a pair of two teams");
            }
            rivalries.add(rp);
        }
        List<String> rules = new ArrayList<>();
        for (Json rule : s.optionalArray("rules")) {
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

    private static Window readWindow(Json w, Map<String, Team> teams) {
        Set<DayOfWeek> play = w.has("playDays") ? days(w.child("playDays")) : Set.of();
        Set<DayOfWeek> series = w.has("seriesDays") ? days(w.child("seriesDays")) : Set.of();
        Map<String, Set<DayOfWeek>> teamDays = new LinkedHashMap<>();
        Map<String, Set<DayOfWeek>> special = new LinkedHashMap<>();
        for (String name : w.node.propertyNames()) {
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
                teamDays.put(code, days(w.child(name)));
            } else if (named.matches()) {
                special.put(named.group(1), days(w.child(name)));
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

    private static Blackout readBlackout(Json b, Map<String, Team> teams) {
        Json t = b.child("teams");
        boolean all = t.node.isString() && "all".equalsIgnoreCase(t.node.stringValue());
        List<String> codes = all ? List.of() : teamList(t, teams);
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

    private static List<String> teamList(Json arr, Map<String, Team> teams) {
        if (!arr.node.isArray()) {
            throw new SeasonDataException(arr.file, arr.path, "expected a list of team codes or \"all\"");
        }
        List<String> out = new ArrayList<>();
        for (Json c : arr.elements()) {
            String code = c.asText();
            if (!teams.containsKey(code)) {
                throw new SeasonDataException(c.file, c.path, "unknown team '" + code + "'");
            }
            out.add(code);
        }
        return out;
    }

    private static Set<DayOfWeek> days(Json arr) {
        if (!arr.node.isArray()) {
            throw new SeasonDataException(arr.file, arr.path, "expected a list of days such as [\"MON\", \"SAT\"]");
        }
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (Json d : arr.elements()) {
            String text = d.asText().toUpperCase(Locale.ROOT);
            DayOfWeek day = null;
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().startsWith(text) && text.length() >= 3) {
                    day = candidate;
                }
            }
            if (day == null) {
                throw new SeasonDataException(d.file, d.path, "unknown day '" + d.asText() + "'");
            }
            out.add(day);
        }
        return out;
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** One CSV row with its line number, so errors can point at it. */
    private record Row(String file, int line, List<String> cells, Map<String, Integer> col) {
        String where(String column) {
            return "line " + line + ", " + column;
        }

        String text(String column) {
            int i = col.get(column);
            if (i >= cells.size() || cells.get(i).isBlank()) {
                throw new SeasonDataException(file, where(column), "value is missing");
            }
            return cells.get(i).trim();
        }

        double number(String column, double min, double max) {
            String t = text(column);
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new SeasonDataException(file, where(column), "'" + t + "' is not a number", e);
            }
            if (v < min || v > max || Double.isNaN(v)) {
                throw new SeasonDataException(file, where(column), v + " is outside [" + min + ", " + max + "]");
            }
            return v;
        }

        int integer(String column) {
            String t = text(column);
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new SeasonDataException(file, where(column), "'" + t + "' is not a whole number", e);
            }
        }
    }

    /** A JSON node with its path in the document, so errors can say "sports[1].format.gamesPerTeam". */
    private record Json(String file, String path, JsonNode node) {
        private String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        SeasonDataException error(String field, String problem) {
            return new SeasonDataException(file, at(field), problem);
        }

        boolean has(String field) {
            JsonNode n = node.get(field);
            return n != null && !n.isNull();
        }

        Json child(String field) {
            if (!has(field)) {
                throw error(field, "is required");
            }
            return new Json(file, at(field), node.get(field));
        }

        Json object(String field) {
            Json c = child(field);
            if (!c.node.isObject()) {
                throw error(field, "expected an object");
            }
            return c;
        }

        List<Json> array(String field) {
            Json c = child(field);
            if (!c.node.isArray()) {
                throw error(field, "expected a list");
            }
            return c.elements();
        }

        List<Json> optionalArray(String field) {
            return has(field) ? array(field) : List.of();
        }

        List<Json> elements() {
            List<Json> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                out.add(new Json(file, path + "[" + i + "]", node.get(i)));
            }
            return out;
        }

        String text(String field) {
            return child(field).asText();
        }

        String asText() {
            if (!node.isString() || node.stringValue().isBlank()) {
                throw new SeasonDataException(file, path, "expected non-empty text, got " + node);
            }
            return node.stringValue();
        }

        int asInt() {
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
                throw new SeasonDataException(file, path, "expected a whole number >= 0, got " + node);
            }
            return node.intValue();
        }

        int optInt(String field) {
            return has(field) ? child(field).asInt() : 0;
        }

        double optNumber(String field, double absent) {
            if (!has(field)) {
                return absent;
            }
            JsonNode n = node.get(field);
            if (!n.isNumber()) {
                throw error(field, "expected a number, got " + n);
            }
            return n.doubleValue();
        }

        LocalDate date(String field) {
            String t = text(field);
            try {
                return LocalDate.parse(t);
            } catch (DateTimeException e) {
                throw error(field, "'" + t + "' is not a date (yyyy-mm-dd)");
            }
        }
    }
}
