package org.flextime.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the text of schools.csv into teams; every error names the file, the line and the column. */
final class SchoolsReader {
    private static final List<String> SCHOOL_COLUMNS = List.of("code", "school", "nickname", "city", "state",
            "latitude", "longitude", "timezone", "arena", "arena_capacity", "stadium", "stadium_capacity",
            "stadium_latitude", "stadium_longitude");

    private SchoolsReader() {
    }

    /** Reads schools.csv text into teams keyed by code, in file order. */
    static Map<String, Team> read(String fileName, String text) {
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
}
