package org.flextime.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the text of schools.csv and a season JSON file into a {@link Season}; every error names file and field.
 * Schools, sports, blackouts and the cost table have their own readers; partners and road trips are read here.
 */
final class SeasonReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SeasonReader() {
    }

    /** Reads schools.csv text into teams keyed by code, in file order. */
    static Map<String, Team> readSchools(String fileName, String text) {
        return SchoolsReader.read(fileName, text);
    }

    /** Reads a season JSON document; the schools must already be read. */
    static Season readSeason(String fileName, String text, Map<String, Team> teams) {
        return read(new SeasonJson(fileName, "", parse(fileName, text)), teams);
    }

    /** Reads a self-contained season document: its {@code schools} are a list of school objects ({@link SchoolJson}). */
    static Season readDocument(String name, JsonNode document) {
        SeasonJson r = new SeasonJson(name, "", document);
        if (!document.isObject()) {
            throw new SeasonDataException(name, "(document)", "expected a JSON object");
        }
        return read(r, SchoolJson.readAll(r));
    }

    /** The JSON tree of a document's text. */
    static JsonNode parse(String fileName, String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new SeasonDataException(fileName, "(document)", "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Season read(SeasonJson r, Map<String, Team> teams) {
        String id = r.text("season");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")) {
            throw r.error("season", "expected 1-32 letters, digits, '.', '_' or '-', got '" + id + "'");
        }
        String conference = r.text("conference");
        List<Sport> sports = new ArrayList<>();
        for (SeasonJson s : r.array("sports")) {
            sports.add(SportReader.read(s, teams));
        }
        List<Blackout> blackouts = new ArrayList<>();
        for (SeasonJson b : r.optionalArray("blackouts")) {
            blackouts.add(BlackoutReader.read(b, teams));
        }
        List<List<String>> partners = new ArrayList<>();
        for (SeasonJson p : r.optionalArray("travelPartners")) {
            partners.add(p.teamList(teams));
        }
        TravelCosts costs = r.has("travelCost") ? TravelCostReader.read(r.object("travelCost"), sports)
                : TravelCosts.REFERENCE;
        TravelCostReader.checkServed(r, costs, teams, sports);
        return new Season(id, conference, teams, sports, blackouts, partners, roadTrips(r), costs);
    }

    /** The optional {@code roadTrips} section; each absent limit takes its {@link RoadTripRule#DEFAULT}. */
    private static RoadTripRule roadTrips(SeasonJson r) {
        if (!r.has("roadTrips")) {
            return RoadTripRule.DEFAULT;
        }
        SeasonJson t = r.object("roadTrips");
        int gap = t.has("maxGapDays") ? t.child("maxGapDays").asInt() : RoadTripRule.DEFAULT.maxGapDays();
        int away = t.has("maxDaysAway") ? t.child("maxDaysAway").asInt() : RoadTripRule.DEFAULT.maxDaysAway();
        if (gap < 1) {
            throw t.error("maxGapDays", "must be at least 1, got " + gap);
        }
        if (away < 1) {
            throw t.error("maxDaysAway", "must be at least 1, got " + away);
        }
        return new RoadTripRule(gap, away);
    }
}
