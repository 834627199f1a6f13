package org.flextime.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The season's travel cost model: the modes a team may use and their prices. */
public record TravelCostModel(String currency, List<TravelMode> modes) {

    /** Copies the mode list. */
    public TravelCostModel {
        modes = modes == null ? List.of() : List.copyOf(modes);
    }

    /** The modes allowed for a trip of the given length. */
    public List<TravelMode> modesFor(double miles) {
        return modes.stream().filter(m -> m.covers(miles)).toList();
    }

    /** The cheapest allowed mode for a trip of the given length and travel party, if any mode covers it. */
    public Optional<TravelMode> cheapest(double miles, int travelParty) {
        return modesFor(miles).stream().min(Comparator.comparingDouble(m -> m.cost(miles, travelParty)));
    }
}
