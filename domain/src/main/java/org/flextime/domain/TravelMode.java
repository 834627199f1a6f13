package org.flextime.domain;

/**
 * One way to travel and what it costs. Absent prices are 0; absent bounds are 0 (min) and
 * {@link Double#POSITIVE_INFINITY} (max), so every mode has a usable distance band.
 */
public record TravelMode(String mode, double baseCost, double costPerMile, double costPerPerson,
                         double minMiles, double maxMiles) {

    /** Whether this mode may be used for a one-way trip of the given length. */
    public boolean covers(double miles) {
        return miles >= minMiles && miles <= maxMiles;
    }

    /** Cost of one one-way trip of the given length for a travel party of the given size. */
    public double cost(double miles, int travelParty) {
        return baseCost + costPerMile * miles + costPerPerson * travelParty;
    }
}
