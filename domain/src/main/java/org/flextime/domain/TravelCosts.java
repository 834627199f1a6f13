package org.flextime.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The season's travel cost table ({@code travelCost} in the season data): the modes a travel office books with their
 * prices, the road miles per great-circle mile, and how many people travel with each sport's team. A leg goes by the
 * cheapest mode that serves its distance for the party ({@link #leg}); football's hundred-strong party and a tennis
 * team of ten can get different modes for the same leg.
 *
 * @param currency     the currency of every price, e.g. "USD"
 * @param roadFactor   road miles per great-circle mile
 * @param fares        the modes and their prices
 * @param partySizes   travellers per sport, keyed by sport code
 * @param defaultParty travellers for a sport the table does not list
 */
public record TravelCosts(String currency, double roadFactor, List<ModeFare> fares, Map<String, Integer> partySizes,
                          int defaultParty) {

    /** The travel party where a season names none: a basketball team with its staff. */
    public static final int DEFAULT_PARTY = 20;

    /**
     * The table of the bundled 2025-26 season, for seasons without a {@code travelCost} section: charter bus up to 600
     * road miles, charter flight from 300 miles, commercial from 800 miles for parties up to 60.
     */
    public static final TravelCosts REFERENCE = new TravelCosts("USD", 1.2, List.of(
            new ModeFare(TravelLeg.Mode.CHARTER_BUS, 1500, 2.8, 0, 0, 600, 56, 0, 55, 0),
            new ModeFare(TravelLeg.Mode.CHARTER_FLIGHT, 24000, 30, 0, 300, Double.POSITIVE_INFINITY, 0, 0, 450, 3),
            new ModeFare(TravelLeg.Mode.COMMERCIAL_FLIGHT, 0, 0, 400, 800, Double.POSITIVE_INFINITY, 0, 60, 450, 5)),
            Map.of(), DEFAULT_PARTY);

    /** Copies the collections; rejects a table without modes, a road factor below 1 and a party below 1. */
    public TravelCosts {
        Objects.requireNonNull(currency, "currency is required");
        fares = List.copyOf(fares);
        partySizes = Collections.unmodifiableMap(new LinkedHashMap<>(partySizes));
        if (fares.isEmpty()) {
            throw new IllegalArgumentException("a cost table needs at least one mode");
        }
        if (!(roadFactor >= 1)) {
            throw new IllegalArgumentException("roadFactor must be at least 1, got " + roadFactor);
        }
        if (defaultParty < 1 || partySizes.values().stream().anyMatch(p -> p < 1)) {
            throw new IllegalArgumentException("a travel party has at least one person");
        }
    }

    /** How many people travel with the sport's team. */
    public int party(String sport) {
        return partySizes.getOrDefault(sport, defaultParty);
    }

    /** The leg between two campuses on a date for a party, priced by the season's table. */
    public TravelLeg leg(Team from, Team to, LocalDate on, int party) {
        return leg(from, to, on, party, FareSource.TABLE);
    }

    /**
     * The leg between two campuses on a date for a party: the cheapest mode that serves it at the source's prices (the
     * earlier-listed mode on a tie). Throws {@link IllegalArgumentException} when no mode serves the leg.
     */
    public TravelLeg leg(Team from, Team to, LocalDate on, int party, FareSource prices) {
        double miles = from.campus().milesTo(to.campus());
        int zones = TravelLeg.zonesBetween(from.timeZone(), to.timeZone(), on);
        if (miles < 1) {
            return new TravelLeg(miles, 0, TravelLeg.Mode.NONE, 0, 0, zones);
        }
        double road = miles * roadFactor;
        record Priced(ModeFare fare, double dollars) {
        }
        Priced best = fares.stream().filter(f -> f.serves(miles, road, party))
                .map(f -> new Priced(f, prices.dollars(f, from, to, miles, road, party)))
                .min(Comparator.comparingDouble(Priced::dollars))
                .orElseThrow(() -> new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "no travel mode serves the %.0f-mile leg %s to %s for a party of %d", miles, from.code(), to.code(),
                        party)));
        return new TravelLeg(miles, road, best.fare().mode(), best.dollars(), best.fare().hours(miles, road), zones);
    }
}
