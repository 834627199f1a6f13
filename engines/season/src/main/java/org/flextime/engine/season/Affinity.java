package org.flextime.engine.season;

import java.util.List;

import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;

/**
 * How much each pair of teams should meet (again): protected rivalry (must meet), travel partners, then short
 * distance (closer is better, which is also how single meetings "shorten travel").
 */
final class Affinity {
    private static final double RIVALRY_BONUS = 1000;
    private static final double PARTNER_BONUS = 15;
    private static final double MILES_PER_POINT = 100;

    private final double[][] values;

    private Affinity(double[][] values) {
        this.values = values;
    }

    /** The affinities of the sport's participants (indices as in {@code teams}). */
    static Affinity of(Season season, Sport sport, List<String> teams) {
        int n = teams.size();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Team x = season.teams().get(teams.get(i));
                Team y = season.teams().get(teams.get(j));
                double v = -x.campus().milesTo(y.campus()) / MILES_PER_POINT;
                if (season.areTravelPartners(x.code(), y.code())) {
                    v += PARTNER_BONUS;
                }
                if (sport.isProtectedRivalry(x.code(), y.code())) {
                    v += RIVALRY_BONUS;
                }
                a[i][j] = v;
            }
        }
        return new Affinity(a);
    }

    /** The affinity of one meeting. */
    double of(Pairing p) {
        return values[p.home()][p.away()];
    }

    /** The summed affinity of a round's meetings. */
    double of(List<Pairing> round) {
        double sum = 0;
        for (Pairing p : round) {
            sum += of(p);
        }
        return sum;
    }

    /** Whether the two teams must meet: only a protected rivalry weighs that much. */
    boolean mustMeet(int a, int b) {
        return values[a][b] >= RIVALRY_BONUS / 2;
    }
}
