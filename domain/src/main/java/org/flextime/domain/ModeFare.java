package org.flextime.domain;

/**
 * What one travel mode of the season's cost table charges and how fast it goes: a row of the season data's
 * {@code travelCost.modes}. A charter's price is per vehicle ({@code baseCost} plus {@code costPerMile}), and a party
 * larger than a vehicle's {@code seats} books as many vehicles as it fills; a commercial fare is per person. A charter bus
 * is priced and limited on road miles, a flight on great-circle miles.
 *
 * @param mode          the mode this row prices
 * @param baseCost      dollars per vehicle per leg, whatever the distance
 * @param costPerMile   dollars per vehicle per mile
 * @param costPerPerson dollars per traveller per leg
 * @param minMiles      the shortest leg the mode serves
 * @param maxMiles      the longest leg the mode serves ({@link Double#POSITIVE_INFINITY} for no limit)
 * @param seats         travellers per vehicle (0: one vehicle carries any party)
 * @param maxParty      the largest party the mode books (0: no limit)
 * @param mph           average speed over the leg's miles
 * @param groundHours   hours at the ends of the leg that are not spent moving (airports, boarding, transfers)
 */
public record ModeFare(TravelLeg.Mode mode, double baseCost, double costPerMile, double costPerPerson, double minMiles,
                       double maxMiles, int seats, int maxParty, double mph, double groundHours) {

    /** Rejects a missing mode, negative prices and limits, and a speed that is not positive. */
    public ModeFare {
        if (mode == null || mode == TravelLeg.Mode.NONE) {
            throw new IllegalArgumentException("a fare needs a travel mode");
        }
        if (baseCost < 0 || costPerMile < 0 || costPerPerson < 0 || minMiles < 0 || maxMiles < minMiles
                || seats < 0 || maxParty < 0 || groundHours < 0) {
            throw new IllegalArgumentException(mode.label() + ": prices, limits and hours must not be negative");
        }
        if (!(mph > 0)) {
            throw new IllegalArgumentException(mode.label() + ": mph must be positive, got " + mph);
        }
    }

    /** The miles this mode covers on a leg: road miles for a bus, great-circle miles for a flight. */
    public double miles(double greatCircle, double road) {
        return mode.onRoad() ? road : greatCircle;
    }

    /** Whether the mode serves a leg of these miles for a party of this size. */
    public boolean serves(double greatCircle, double road, int party) {
        double m = miles(greatCircle, road);
        return m >= minMiles && m <= maxMiles && (maxParty == 0 || party <= maxParty);
    }

    /** The table's dollars for the leg: every vehicle the party fills at base plus mileage, plus the per-person fare. */
    public double dollars(double greatCircle, double road, int party) {
        int vehicles = seats == 0 ? 1 : (party + seats - 1) / seats;
        return vehicles * (baseCost + costPerMile * miles(greatCircle, road)) + costPerPerson * party;
    }

    /** Door-to-door hours for the leg. */
    public double hours(double greatCircle, double road) {
        return groundHours + miles(greatCircle, road) / mph;
    }
}
