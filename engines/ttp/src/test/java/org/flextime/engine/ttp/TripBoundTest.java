package org.flextime.engine.ttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class TripBoundTest {

    /** Six teams on a line at 0..5 (distance = |i - j|), streak limit 3. */
    private static TtpInstance line() {
        int n = 6;
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = Math.abs(i - j);
            }
        }
        return new TtpInstance("LINE6", List.of("A", "B", "C", "D", "E", "F"), d, 3, 1);
    }

    @Test
    void aTeamAtTheEndOfTheLineVisitsTheFarThreeInOneTripAndTheNearTwoInAnother() {
        // {3,4,5} in one trip: 3 + 1 + 1 + 5 = 10; {1,2}: 1 + 1 + 2 = 4.
        assertThat(new TripBound(line()).atHome(0, 0b111110)).isEqualTo(14);
    }

    @Test
    void aTripAlreadyThreeGamesLongMustGoHomeFirst() {
        TripBound bound = new TripBound(line());
        // At team 5's venue after three road games, still to visit 1: home (5), then out and back (2).
        assertThat(bound.away(0, 0b000010, 5, 3)).isEqualTo(7);
        // After one road game the trip may go on: 5 -> 1 -> 0 costs 4 + 1.
        assertThat(bound.away(0, 0b000010, 5, 1)).isEqualTo(5);
    }

    @Test
    void everyTableEntryEqualsAnEnumerationOfAllTripPlans() {
        for (String name : new String[] {"NL6", "CIRC8"}) {
            TtpInstance instance = new TtpRobinx().read(ReferenceData.instance("ttp", name));
            TripBound bound = new TripBound(instance);
            int n = instance.teams();
            for (int t = 0; t < n; t++) {
                for (int mask = 0; mask < 1 << n; mask++) {
                    if ((mask & (1 << t)) != 0) {
                        continue;
                    }
                    assertThat(bound.atHome(t, mask)).as("%s team %d set %s", name, t, Integer.toBinaryString(mask))
                            .isEqualTo(enumerate(instance, t, t, mask, 0));
                    for (int loc = 0; loc < n; loc++) {
                        if (loc == t || (mask & (1 << loc)) != 0) {
                            continue;
                        }
                        for (int trip = 1; trip <= 3; trip++) {
                            assertThat(bound.away(t, mask, loc, trip))
                                    .as("%s team %d at %d after %d set %s", name, t, loc, trip,
                                            Integer.toBinaryString(mask))
                                    .isEqualTo(enumerate(instance, t, loc, mask, trip));
                        }
                    }
                }
            }
        }
    }

    /** Least distance from loc (after trip road games in a row) through every team in mask and home, by brute force. */
    private static int enumerate(TtpInstance instance, int t, int loc, int mask, int trip) {
        if (mask == 0) {
            return instance.travel().leg(loc, t);
        }
        int best = Integer.MAX_VALUE;
        List<Integer> next = new ArrayList<>();
        for (int x = 0; x < instance.teams(); x++) {
            if ((mask & (1 << x)) != 0) {
                next.add(x);
            }
        }
        for (int x : next) {
            if (trip < 3) {
                best = Math.min(best, instance.travel().leg(loc, x) + enumerate(instance, t, x, mask & ~(1 << x), trip + 1));
            }
            if (loc != t) {
                // Home in between: the next trip starts from home.
                best = Math.min(best, instance.travel().leg(loc, t) + instance.travel().leg(t, x)
                        + enumerate(instance, t, x, mask & ~(1 << x), 1));
            }
        }
        return best;
    }
}
