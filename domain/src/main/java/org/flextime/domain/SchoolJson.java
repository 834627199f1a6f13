package org.flextime.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON shape of a school inside a season document: code, name, campus coordinates, time zone and its venues
 * (the arena and the stadium, each with capacity and coordinates), read with paths such as
 * {@code schools[3].venues.arena.latitude} and written back in the same shape.
 */
final class SchoolJson {
    private SchoolJson() {
    }

    /** Reads the document's {@code schools} list into teams keyed by code, in document order. */
    static Map<String, Team> readAll(SeasonJson document) {
        Map<String, Team> teams = new LinkedHashMap<>();
        List<SeasonJson> schools = document.array("schools");
        if (schools.isEmpty()) {
            throw document.error("schools", "lists no school");
        }
        for (SeasonJson s : schools) {
            Team team = read(s);
            if (teams.put(team.code(), team) != null) {
                throw s.error("code", "duplicate school code '" + team.code() + "'");
            }
        }
        return teams;
    }

    /** One school object. */
    static Team read(SeasonJson s) {
        String code = s.text("code");
        if (!code.matches("[A-Z][A-Z0-9]{0,7}")) {
            throw s.error("code", "expected 1-8 capital letters or digits starting with a letter, got '" + code + "'");
        }
        SeasonJson at = s.object("coordinates");
        double lat = at.number("latitude", -90, 90);
        double lon = at.number("longitude", -180, 180);
        String zoneText = s.text("timeZone");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw s.error("timeZone", "unknown time zone '" + zoneText + "' (expected an IANA id such as America/Chicago)");
        }
        SeasonJson venues = s.object("venues");
        return new Team(code, s.text("name"), optional(s, "nickname"), optional(s, "city"), optional(s, "state"),
                lat, lon, zone, venue(venues.object("arena")), venue(venues.object("stadium")));
    }

    /** The school as its JSON object. */
    static ObjectNode write(Team t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("code", t.code()).put("name", t.school());
        // the optional texts are left out when empty, as a document that omits them reads them
        putIfAny(o, "nickname", t.nickname());
        putIfAny(o, "city", t.city());
        putIfAny(o, "state", t.state());
        o.putObject("coordinates").put("latitude", t.latitude()).put("longitude", t.longitude());
        o.put("timeZone", t.timeZone().getId());
        ObjectNode venues = o.putObject("venues");
        venues.set("arena", write(t.arena()));
        venues.set("stadium", write(t.stadium()));
        return o;
    }

    private static void putIfAny(ObjectNode o, String field, String text) {
        if (text != null && !text.isBlank()) {
            o.put(field, text);
        }
    }

    private static ObjectNode write(Venue v) {
        return JsonNodeFactory.instance.objectNode().put("name", v.name()).put("capacity", v.capacity())
                .put("latitude", v.latitude()).put("longitude", v.longitude());
    }

    private static Venue venue(SeasonJson v) {
        return new Venue(v.text("name"), v.child("capacity").asInt(), v.number("latitude", -90, 90),
                v.number("longitude", -180, 180));
    }

    private static String optional(SeasonJson s, String field) {
        return s.has(field) ? s.text(field) : "";
    }
}
