package org.flextime.scheduler.seasons;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flextime.domain.SeasonDataException;
import org.flextime.domain.SeasonDocuments;
import org.flextime.platform.web.InvalidRowsException;
import org.flextime.platform.web.InvalidRowsException.RowError;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spreadsheet way into a season: {@code schools.csv} (the bundled schools file's columns, a row per school to add or
 * change) and {@code blackouts.csv} (a row per blackout, the whole list). Each row becomes the document's JSON for it and
 * is checked by the domain's season reader, so a sheet and a JSON edit are held to the same rules; every bad cell is
 * reported as (row, column, reason), and one bad row stores nothing.
 */
final class SeasonCsv {

    /** schools.csv column → the school's JSON path; the arena's coordinates default to the campus's. */
    private static final Map<String, String> SCHOOL_COLUMNS = columns(
            "code", "code", "school", "name", "nickname", "nickname", "city", "city", "state", "state",
            "latitude", "coordinates.latitude", "longitude", "coordinates.longitude", "timezone", "timeZone",
            "arena", "venues.arena.name", "arena_capacity", "venues.arena.capacity",
            "arena_latitude", "venues.arena.latitude", "arena_longitude", "venues.arena.longitude",
            "stadium", "venues.stadium.name", "stadium_capacity", "venues.stadium.capacity",
            "stadium_latitude", "venues.stadium.latitude", "stadium_longitude", "venues.stadium.longitude");
    private static final List<String> SCHOOL_REQUIRED = List.of("code", "school", "latitude", "longitude", "timezone",
            "arena", "arena_capacity", "stadium", "stadium_capacity", "stadium_latitude", "stadium_longitude");
    private static final List<String> NUMBERS = List.of("latitude", "longitude", "arena_latitude", "arena_longitude",
            "stadium_latitude", "stadium_longitude");
    private static final List<String> COUNTS = List.of("arena_capacity", "stadium_capacity");

    /** blackouts.csv column → the blackout's JSON field. */
    private static final Map<String, String> BLACKOUT_COLUMNS = columns("teams", "teams", "date", "date", "from", "from",
            "to", "to", "rule", "rule", "reason", "reason");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SeasonCsv() {
    }

    /** The schools of a schools.csv, keyed by code, each checked in {@code document}; 422 listing every bad cell. */
    static Map<String, ObjectNode> schools(ObjectNode document, String text) {
        List<RowError> errors = new ArrayList<>();
        Map<String, ObjectNode> schools = new LinkedHashMap<>();
        for (Row row : rows("schools.csv", text, SCHOOL_REQUIRED, SCHOOL_COLUMNS, errors)) {
            ObjectNode school = NODES.objectNode();
            boolean cellsRead = true;
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                String column = cell.getKey();
                if (cell.getValue().isEmpty()) {
                    continue;
                }
                Object value = cellValue(column, cell.getValue());
                if (value instanceof String problem && (NUMBERS.contains(column) || COUNTS.contains(column))) {
                    errors.add(new RowError(row.number(), column, problem));
                    cellsRead = false;
                } else {
                    put(school, SCHOOL_COLUMNS.get(column), value);
                }
            }
            if (!school.has("venues") || !school.get("venues").has("arena")
                    || !school.get("venues").get("arena").has("latitude")) {
                put(school, "venues.arena.latitude", school.path("coordinates").get("latitude"));
            }
            if (!school.get("venues").get("arena").has("longitude")) {
                put(school, "venues.arena.longitude", school.path("coordinates").get("longitude"));
            }
            String code = row.cells().getOrDefault("code", "");
            if (schools.containsKey(code)) {
                errors.add(new RowError(row.number(), "code", "school '" + code + "' is on an earlier row too"));
            } else if (cellsRead) {
                check(row, errors, SCHOOL_COLUMNS, "schools[", d -> SeasonEdits.upsertSchools(d, Map.of(code, school), "").document(),
                        document);
                schools.put(code, school);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowsException("schools.csv", errors);
        }
        return schools;
    }

    /** The blackouts of a blackouts.csv, each checked in {@code document}; 422 listing every bad cell. */
    static ArrayNode blackouts(ObjectNode document, String text) {
        List<RowError> errors = new ArrayList<>();
        ArrayNode blackouts = NODES.arrayNode();
        for (Row row : rows("blackouts.csv", text, List.of("teams"), BLACKOUT_COLUMNS, errors)) {
            ObjectNode blackout = NODES.objectNode();
            row.cells().forEach((column, value) -> {
                if (value.isEmpty()) {
                    return;
                }
                if (column.equals("teams") && !value.equalsIgnoreCase("all")) {
                    ArrayNode teams = blackout.putArray("teams");
                    for (String code : value.split("[;|\\s]+")) {
                        if (!code.isBlank()) {
                            teams.add(code.strip());
                        }
                    }
                } else {
                    blackout.put(BLACKOUT_COLUMNS.get(column), column.equals("teams") ? "all" : value);
                }
            });
            check(row, errors, BLACKOUT_COLUMNS, "blackouts[", d -> {
                ObjectNode one = d.deepCopy();
                one.putArray("blackouts").add(blackout);
                return one;
            }, document);
            blackouts.add(blackout);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowsException("blackouts.csv", errors);
        }
        return blackouts;
    }

    /** One data row: its spreadsheet row number (the header is row 1) and its cells by column. */
    private record Row(int number, Map<String, String> cells) {
    }

    private static List<Row> rows(String upload, String text, List<String> required, Map<String, String> known,
                                  List<RowError> errors) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text == null ? "" : text.replace("\uFEFF", "")), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    errors.add(new RowError(1, column, "missing column (expected " + String.join(", ", known.keySet()) + ")"));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidRowsException(upload, errors);
            }
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : header) {
                    if (known.containsKey(column) && record.isSet(column)) {
                        cells.put(column, record.get(column));
                    }
                }
                rows.add(new Row((int) record.getRecordNumber() + 1, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // a broken quote or a duplicate header: the parser names the line in its message
            errors.add(new RowError(1, "(file)", "not readable as CSV: " + e.getMessage()));
            throw new InvalidRowsException(upload, errors);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, "(row)", "the file has a header and no rows"));
            throw new InvalidRowsException(upload, errors);
        }
        return rows;
    }

    /**
     * Reads the document with this row applied; a problem under the row's own JSON becomes an error at its column, any
     * other (the row breaks another part of the season) an error of the whole row.
     */
    private static void check(Row row, List<RowError> errors, Map<String, String> columns, String listPrefix,
                              UnaryOperator<ObjectNode> apply, ObjectNode document) {
        try {
            SeasonDocuments.read(apply.apply(document));
        } catch (SeasonDataException e) {
            String field = e.field();
            String column = "(row)";
            if (field.startsWith(listPrefix)) {
                String inRow = field.substring(field.indexOf(']') + 1).replaceFirst("^\\.", "").replaceFirst("\\[\\d+]$", "");
                column = columns.entrySet().stream().filter(c -> c.getValue().equals(inRow)).map(Map.Entry::getKey)
                        .findFirst().orElse("(row)");
            }
            errors.add(new RowError(row.number(), column, column.equals("(row)") ? field + ": " + e.problem() : e.problem()));
        }
    }

    /** A number column's value, or the reason it is not one (as a String); text columns as they are. */
    private static Object cellValue(String column, String text) {
        if (COUNTS.contains(column)) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return "'" + text + "' is not a whole number";
            }
        }
        if (NUMBERS.contains(column)) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return "'" + text + "' is not a number";
            }
        }
        return text;
    }

    private static void put(ObjectNode target, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode at = target;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (value instanceof Integer n) {
            at.put(last, n);
        } else if (value instanceof Double d) {
            at.put(last, d);
        } else if (value instanceof tools.jackson.databind.JsonNode node) {
            at.set(last, node);
        } else if (value != null) {
            at.put(last, value.toString());
        }
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
