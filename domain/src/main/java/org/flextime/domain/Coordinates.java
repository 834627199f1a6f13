package org.flextime.domain;

/**
 * A point on the Earth in degrees, and the one distance FlexTime measures between two points: the great-circle
 * (haversine) distance on a sphere of the Earth's mean radius. Travel is planned campus to campus, so a straight line
 * over the globe is the figure every schedule, report and benchmark compares.
 */
public record Coordinates(double latitude, double longitude) {
    /** The Earth's mean radius in statute miles. */
    public static final double EARTH_RADIUS_MILES = 3958.8;

    /** Rejects latitudes outside [-90, 90] and longitudes outside [-180, 180]. */
    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude " + latitude + " is outside [-90, 90]");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude " + longitude + " is outside [-180, 180]");
        }
    }

    /** Great-circle miles from this point to the other. */
    public double milesTo(Coordinates other) {
        double p1 = Math.toRadians(latitude);
        double p2 = Math.toRadians(other.latitude);
        double halfDp = (p2 - p1) / 2;
        double halfDl = Math.toRadians(other.longitude - longitude) / 2;
        double h = Math.sin(halfDp) * Math.sin(halfDp) + Math.cos(p1) * Math.cos(p2) * Math.sin(halfDl) * Math.sin(halfDl);
        // rounding can push h a hair above 1 for antipodal points, where asin would answer NaN
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
