package org.flextime.domain;

/**
 * Where a leg's price comes from: the season's cost table ({@link #TABLE}) unless a service plugs in a live fare feed.
 * A source is asked once per pair of campuses and mode (a {@link RoadTrips} model keeps the answers), so a feed's
 * latency is paid per model, not per schedule evaluated.
 */
@FunctionalInterface
public interface FareSource {
    /** The season's table: {@link ModeFare#dollars}. */
    FareSource TABLE = (fare, from, to, greatCircle, road, party) -> fare.dollars(greatCircle, road, party);

    /** The dollars the mode of {@code fare} charges the party from one team's campus to another's. */
    double dollars(ModeFare fare, Team from, Team to, double greatCircle, double road, int party);
}
