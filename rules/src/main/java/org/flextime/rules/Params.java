package org.flextime.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Typed access to a rule's parameters; every error names the JSON path of the value. */
final class Params {

    private static final List<String> DAY_CODES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final JsonNode node;
    private final String path;

    Params(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    String path(String name) {
        return path + "." + name;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    int integer(String name, int fallback) {
        return has(name) ? requiredInt(name) : fallback;
    }

    int requiredInt(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isIntegralNumber()) {
            throw new RuleDefinitionException(path(name), path(name) + " must be an integer");
        }
        return v.asInt();
    }

    /** A boolean that is false when absent. */
    boolean flag(String name) {
        if (!has(name)) {
            return false;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw new RuleDefinitionException(path(name), path(name) + " must be true or false");
        }
        return v.asBoolean();
    }

    String text(String name, String fallback) {
        JsonNode v = node.get(name);
        return v == null || !v.isValueNode() || v.isNull() ? fallback : v.asString();
    }

    String requiredText(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw new RuleDefinitionException(path(name), path(name) + " is required");
        }
        return v.asString();
    }

    LocalDate date(String name) {
        String text = requiredText(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleDefinitionException(path(name), path(name) + " is not a date (yyyy-mm-dd): " + text);
        }
    }

    DayOfWeek day(String name) {
        return dayOf(requiredText(name), path(name));
    }

    static DayOfWeek dayOf(String text, String at) {
        String code = text.toUpperCase(Locale.ROOT);
        int i = DAY_CODES.indexOf(code.length() > 3 ? code.substring(0, 3) : code);
        if (i < 0) {
            throw new RuleDefinitionException(at, at + " is not a weekday: " + text);
        }
        return DayOfWeek.of(i + 1);
    }

    List<Params> objects(String name) {
        List<Params> out = new ArrayList<>();
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(new Params(v.get(i), path(name) + "[" + i + "]"));
        }
        return out;
    }

    List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(name);
        if (v != null && v.isArray()) {
            v.forEach(e -> out.add(e.asString()));
        }
        return out;
    }

    /** Team codes under {@code name}; each must pass {@code known} (a participant of the sport). */
    List<String> teams(String name, Predicate<String> known) {
        List<String> teams = texts(name);
        for (int i = 0; i < teams.size(); i++) {
            if (!known.test(teams.get(i))) {
                String at = path(name) + "[" + i + "]";
                throw new RuleDefinitionException(at, at + " names unknown team '" + teams.get(i) + "'");
            }
        }
        return teams;
    }
}
