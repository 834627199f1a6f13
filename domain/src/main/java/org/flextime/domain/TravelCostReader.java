package org.flextime.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the season's {@code travelCost} section into a {@link TravelCosts}: the modes with their prices, limits and
 * speeds, the road factor, and the travel party per sport ({@code partySize}, keyed by sport code, with a
 * {@code default}). Absent fields take the reference table's values; every error names its JSON path.
 */
final class TravelCostReader {
    private static final String DEFAULT_KEY = "default";

    private TravelCostReader() {
    }

    /** The cost table the section describes; party sizes must name the season's sports. */
    static TravelCosts read(SeasonJson c, List<Sport> sports) {
        String currency = c.has("currency") ? c.text("currency") : TravelCosts.REFERENCE.currency();
        double roadFactor = c.optNumber("roadFactor", TravelCosts.REFERENCE.roadFactor());
        if (!(roadFactor >= 1)) {
            throw c.error("roadFactor", "must be at least 1 (road miles per great-circle mile), got " + roadFactor);
        }
        List<ModeFare> fares = new ArrayList<>();
        for (SeasonJson m : c.array("modes")) {
            fares.add(fare(m));
        }
        if (fares.isEmpty()) {
            throw c.error("modes", "needs at least one mode");
        }
        int defaultParty = TravelCosts.DEFAULT_PARTY;
        Map<String, Integer> parties = new LinkedHashMap<>();
        if (c.has("partySize")) {
            SeasonJson p = c.object("partySize");
            for (String key : p.node().propertyNames()) {
                int size = p.child(key).asInt();
                if (size < 1) {
                    throw p.error(key, "a travel party has at least one person, got " + size);
                }
                if (key.equals(DEFAULT_KEY)) {
                    defaultParty = size;
                } else if (sports.stream().anyMatch(s -> s.code().equals(key))) {
                    parties.put(key, size);
                } else {
                    throw p.error(key, "names no sport of the season (expected a sport code or \"default\")");
                }
            }
        }
        return new TravelCosts(currency, roadFactor, fares, parties, defaultParty);
    }

    /**
     * Rejects a table under which some participant of a sport could not travel to another: the trip parameters are
     * impossible, so the error names the mode list, the leg and the party.
     */
    static void checkServed(SeasonJson season, TravelCosts costs, Map<String, Team> teams, List<Sport> sports) {
        for (Sport sport : sports) {
            int party = costs.party(sport.code());
            for (String a : sport.participants()) {
                for (String b : sport.participants()) {
                    double miles = teams.get(a).campus().milesTo(teams.get(b).campus());
                    if (miles >= 1 && costs.fares().stream().noneMatch(f -> f.serves(miles, miles * costs.roadFactor(), party))) {
                        throw season.error("travelCost.modes", String.format(Locale.ROOT,
                                "no mode serves the %.0f-mile leg %s to %s for %s's party of %d", miles, a, b,
                                sport.code(), party));
                    }
                }
            }
        }
    }

    private static ModeFare fare(SeasonJson m) {
        String label = m.text("mode");
        TravelLeg.Mode mode = TravelLeg.Mode.parse(label);
        if (mode == null) {
            throw m.error("mode", "unknown mode '" + label + "' (expected charter-bus, charter-flight or commercial-flight)");
        }
        ModeFare reference = TravelCosts.REFERENCE.fares().stream().filter(f -> f.mode() == mode).findFirst().orElseThrow();
        double min = nonNegative(m, "minMiles", 0);
        double max = nonNegative(m, "maxMiles", Double.POSITIVE_INFINITY);
        if (max < min) {
            throw m.error("maxMiles", max + " is below minMiles " + min);
        }
        double mph = nonNegative(m, "mph", reference.mph());
        if (mph == 0) {
            throw m.error("mph", "must be positive");
        }
        return new ModeFare(mode, nonNegative(m, "baseCost", 0), nonNegative(m, "costPerMile", 0),
                nonNegative(m, "costPerPerson", 0), min, max, m.has("seats") ? m.child("seats").asInt() : 0,
                m.has("maxParty") ? m.child("maxParty").asInt() : 0, mph,
                nonNegative(m, "groundHours", reference.groundHours()));
    }

    private static double nonNegative(SeasonJson m, String field, double absent) {
        double v = m.optNumber(field, absent);
        if (v < 0) {
            throw m.error(field, "must not be negative, got " + v);
        }
        return v;
    }
}
