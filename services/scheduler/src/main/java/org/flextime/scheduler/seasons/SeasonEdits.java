package org.flextime.scheduler.seasons;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edits a season document takes, each on a copy: the stored version stays as it was. An edit only reshapes the
 * document; whether the result is a valid season is {@link Seasons}' question, answered by the domain's reader.
 */
final class SeasonEdits {

    /** An edited document and what the edit did, in words for the version history. */
    record Edit(ObjectNode document, String change) {
    }

    private SeasonEdits() {
    }

    /** Merges {@code patch} into the school with this code (RFC 7386: objects merge, null removes a member). */
    static Edit patchSchool(ObjectNode document, String code, JsonNode patch) {
        return new Edit(patched(document, "schools", "school", code, patch), "school " + code + " edited");
    }

    /** Adds a school; its code must be new. */
    static Edit addSchool(ObjectNode document, JsonNode school) {
        ObjectNode doc = document.deepCopy();
        requireObject(school);
        String code = school.path("code").asString("");
        if (code.isBlank()) {
            throw new InvalidFieldException("code", "code is required", 422);
        }
        if (indexOf(doc, "schools", code) >= 0) {
            throw new InvalidFieldException("code", "season " + doc.path("season").asString() + " already has school '" + code
                    + "'; PATCH it instead", 409);
        }
        array(doc, "schools").add(school.deepCopy());
        return new Edit(doc, "school " + code + " added");
    }

    /**
     * Removes a school and every mention of it: it leaves the sports that list their participants, its rivalries and
     * travel pairs, its own play days and the blackouts that named it alone. Sports whose participants are "all" follow
     * the school list by themselves.
     */
    static Edit removeSchool(ObjectNode document, String code) {
        ObjectNode doc = document.deepCopy();
        find(doc, "schools", code, "school");
        array(doc, "schools").removeIf(s -> code.equals(s.path("code").asString(null)));
        for (JsonNode sport : array(doc, "sports")) {
            if (sport.get("participants") instanceof ArrayNode participants) {
                participants.removeIf(p -> code.equals(p.asString(null)));
            }
            if (sport.get("protectedRivalries") instanceof ArrayNode rivalries) {
                rivalries.removeIf(pair -> mentions(pair, code));
            }
            if (sport.get("window") instanceof ObjectNode window) {
                String own = code.toLowerCase(Locale.ROOT);
                window.remove(own + "PlayDays");
                window.remove(own + "SeriesDays");
            }
        }
        if (doc.get("travelPartners") instanceof ArrayNode partners) {
            partners.forEach(pair -> {
                if (pair instanceof ArrayNode list) {
                    list.removeIf(t -> code.equals(t.asString(null)));
                }
            });
            partners.removeIf(pair -> pair.size() < 2);
        }
        if (doc.get("blackouts") instanceof ArrayNode blackouts) {
            blackouts.forEach(b -> {
                if (b.get("teams") instanceof ArrayNode teams) {
                    teams.removeIf(t -> code.equals(t.asString(null)));
                }
            });
            blackouts.removeIf(b -> b.get("teams") instanceof ArrayNode teams && teams.isEmpty());
        }
        return new Edit(doc, "school " + code + " removed");
    }

    /** Merges {@code patch} into the sport with this code (its window, play days, participants, rivalries, rules...). */
    static Edit patchSport(ObjectNode document, String code, JsonNode patch) {
        return new Edit(patched(document, "sports", "sport", code, patch),
                "sport " + code + " edited: " + String.join(", ", patch.propertyNames()));
    }

    /** A copy of the document with {@code patch} merged into the item of {@code list} with this code, which stays. */
    private static ObjectNode patched(ObjectNode document, String list, String kind, String code, JsonNode patch) {
        ObjectNode doc = document.deepCopy();
        ObjectNode item = find(doc, list, code, kind);
        requireObject(patch);
        if (patch.has("code") && !code.equals(patch.get("code").asString(null))) {
            throw new InvalidFieldException("code", "a " + kind + "'s code cannot change; remove it and add another", 422);
        }
        merge(item, patch);
        return doc;
    }

    /** Adds a blackout at the end of the list. */
    static Edit addBlackout(ObjectNode document, JsonNode blackout) {
        ObjectNode doc = document.deepCopy();
        requireObject(blackout);
        array(doc, "blackouts").add(blackout.deepCopy());
        String what = blackout.has("reason") ? blackout.get("reason").asString("") : blackout.path("rule").asString("");
        return new Edit(doc, "blackout added" + (what.isBlank() ? "" : ": " + what));
    }

    /** Removes the blackout at this index (as {@code GET} lists them). */
    static Edit removeBlackout(ObjectNode document, int index) {
        ObjectNode doc = document.deepCopy();
        ArrayNode blackouts = array(doc, "blackouts");
        if (index < 0 || index >= blackouts.size()) {
            throw new NotFoundException("blackout", String.valueOf(index));
        }
        blackouts.remove(index);
        return new Edit(doc, "blackout " + index + " removed");
    }

    /** Replaces the blackouts with these (the blackouts.csv path: the sheet is the whole list). */
    static Edit replaceBlackouts(ObjectNode document, ArrayNode blackouts, String source) {
        ObjectNode doc = document.deepCopy();
        doc.set("blackouts", blackouts.deepCopy());
        return new Edit(doc, blackouts.size() + " blackouts from " + source);
    }

    /** Adds or updates schools by code (the schools.csv path: a row per school to add or change). */
    static Edit upsertSchools(ObjectNode document, Map<String, ObjectNode> schools, String source) {
        ObjectNode doc = document.deepCopy();
        ArrayNode list = array(doc, "schools");
        schools.forEach((code, school) -> {
            int at = indexOf(doc, "schools", code);
            if (at >= 0) {
                merge((ObjectNode) list.get(at), school);
            } else {
                list.add(school.deepCopy());
            }
        });
        return new Edit(doc, schools.size() + " schools from " + source);
    }

    /**
     * The next season from this one: the id changes and every date moves {@code shiftDays} days (windows, championships,
     * blackouts), so 364 keeps each date on its weekday.
     */
    static Edit copy(ObjectNode document, String newId, int shiftDays) {
        ObjectNode doc = document.deepCopy();
        String from = doc.path("season").asString("");
        doc.put("season", newId);
        JsonNode sports = doc.get("sports");
        if (sports instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode sport = list.get(i);
                shift(sport.get("window"), "from", shiftDays, "sports[" + i + "].window.from");
                shift(sport.get("window"), "to", shiftDays, "sports[" + i + "].window.to");
                shift(sport.get("championship"), "date", shiftDays, "sports[" + i + "].championship.date");
            }
        }
        if (doc.get("blackouts") instanceof ArrayNode blackouts) {
            for (int i = 0; i < blackouts.size(); i++) {
                for (String field : new String[] {"date", "from", "to"}) {
                    shift(blackouts.get(i), field, shiftDays, "blackouts[" + i + "]." + field);
                }
            }
        }
        return new Edit(doc, "copied from " + from + (shiftDays == 0 ? "" : ", dates shifted " + shiftDays + " days"));
    }

    private static void shift(JsonNode parent, String field, int days, String path) {
        if (!(parent instanceof ObjectNode o) || !o.has(field) || !o.get(field).isString()) {
            return;
        }
        try {
            o.put(field, LocalDate.parse(o.get(field).asString()).plusDays(days).toString());
        } catch (DateTimeException e) {
            throw new InvalidFieldException(path, "'" + o.get(field).asString() + "' is not a date (yyyy-mm-dd)", 422);
        }
    }

    /** RFC 7386 JSON Merge Patch. */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && target.get(e.getKey()) instanceof ObjectNode existing) {
                merge(existing, value);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean mentions(JsonNode list, String code) {
        for (JsonNode t : list) {
            if (code.equals(t.asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidFieldException("(body)", "expected a JSON object", 400);
        }
    }

    private static ObjectNode find(ObjectNode doc, String list, String code, String kind) {
        int at = indexOf(doc, list, code);
        if (at < 0) {
            throw new NotFoundException(kind, code);
        }
        return (ObjectNode) doc.get(list).get(at);
    }

    private static int indexOf(ObjectNode doc, String list, String code) {
        JsonNode items = doc.get(list);
        if (items == null || !items.isArray()) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isObject() && code.equals(items.get(i).path("code").asString(null))) {
                return i;
            }
        }
        return -1;
    }

    private static ArrayNode array(ObjectNode doc, String field) {
        JsonNode existing = doc.get(field);
        if (existing instanceof ArrayNode a) {
            return a;
        }
        return doc.putArray(field);
    }
}
