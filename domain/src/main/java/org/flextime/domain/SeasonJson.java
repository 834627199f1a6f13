package org.flextime.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** A JSON node with its path in the document, so errors can say "sports[1].format.gamesPerTeam". */
record SeasonJson(String file, String path, JsonNode node) {
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

    SeasonJson child(String field) {
        if (!has(field)) {
            throw error(field, "is required");
        }
        return new SeasonJson(file, at(field), node.get(field));
    }

    SeasonJson object(String field) {
        SeasonJson c = child(field);
        if (!c.node.isObject()) {
            throw error(field, "expected an object");
        }
        return c;
    }

    List<SeasonJson> array(String field) {
        SeasonJson c = child(field);
        if (!c.node.isArray()) {
            throw error(field, "expected a list");
        }
        return c.elements();
    }

    List<SeasonJson> optionalArray(String field) {
        return has(field) ? array(field) : List.of();
    }

    List<SeasonJson> elements() {
        List<SeasonJson> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new SeasonJson(file, path + "[" + i + "]", node.get(i)));
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

    /** A required number within [min, max]: coordinates, which no default can stand in for. */
    double number(String field, double min, double max) {
        JsonNode n = child(field).node;
        if (!n.isNumber()) {
            throw error(field, "expected a number, got " + n);
        }
        double v = n.doubleValue();
        if (!(v >= min && v <= max)) {
            throw error(field, v + " is outside [" + min + ", " + max + "]");
        }
        return v;
    }

    LocalDate date(String field) {
        String t = text(field);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            throw error(field, "'" + t + "' is not a date (yyyy-mm-dd)");
        }
    }

    /** The list of team codes this node holds, each a known team. */
    List<String> teamList(Map<String, Team> teams) {
        if (!node.isArray()) {
            throw new SeasonDataException(file, path, "expected a list of team codes or \"all\"");
        }
        List<String> out = new ArrayList<>();
        for (SeasonJson c : elements()) {
            String code = c.asText();
            if (!teams.containsKey(code)) {
                throw new SeasonDataException(c.file, c.path, "unknown team '" + code + "'");
            }
            out.add(code);
        }
        return out;
    }

    /** The days of the week this node lists, such as ["MON", "SAT"]. */
    Set<DayOfWeek> days() {
        if (!node.isArray()) {
            throw new SeasonDataException(file, path, "expected a list of days such as [\"MON\", \"SAT\"]");
        }
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (SeasonJson d : elements()) {
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
}
