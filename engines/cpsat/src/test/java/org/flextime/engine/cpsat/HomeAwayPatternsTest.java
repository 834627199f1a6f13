package org.flextime.engine.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.robinx.ConstraintType.HARD;

import com.google.ortools.sat.CpSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Slot;
import org.flextime.rules.robinx.Team;
import org.junit.jupiter.api.Test;

/** The home-away patterns of {@link TinySeason}'s 4 teams and 6 slots, checked against an enumeration of every pattern. */
class HomeAwayPatternsTest {

    private static final int TEAMS = 4;
    private static final int SLOTS = 6;

    @Test
    void everyPatternKeepsTheVenueRulesTheFormatCountsAndRoomForEveryMeeting() {
        Instance instance = TinySeason.instance(
                new Ca1(List.of(0), List.of(0, 1), 2, 2, HomeAwayMode.H, HARD, 1, 1),
                new Br1(List.of(1), TinySeason.ALL_SLOTS, 0, Comparison.LEQ, HomeAwayMode.HA, HARD, 1, 2));

        List<boolean[][]> asked = all(instance);

        // each pattern asked for is new, and together they are every pattern the enumeration finds
        List<String> keys = keysOf(asked);
        assertThat(keys).doesNotHaveDuplicates();
        List<String> expected = enumerate(home -> home[0][0] && home[0][1] && breaks(home[1]) == 0);
        assertThat(expected).isNotEmpty();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aMeetingTheFormatNeedsButARuleForbidsLeavesNoPattern() {
        // T0 may not meet T2 in any slot, yet a double round robin has them meet twice
        Instance instance = TinySeason.instance(
                new Ca2(List.of(0), List.of(2), TinySeason.ALL_SLOTS, 0, 0, HomeAwayMode.HA, HARD, 1, 1));

        assertThat(next(HomeAwayPatterns.of(instance).orElseThrow())).isEmpty();
    }

    @Test
    void aGameThatMustBePlayedInSomeSlotsNeedsItsVenuesInOneOfThem() {
        // T0 hosts T2 in slot 0 or 4
        Instance instance = TinySeason.instance(
                new Ca1(List.of(0), List.of(0, 1), 2, 2, HomeAwayMode.H, HARD, 1, 1),
                new Br1(List.of(1), TinySeason.ALL_SLOTS, 0, Comparison.LEQ, HomeAwayMode.HA, HARD, 1, 2),
                new Ga1(List.of(new Meeting(0, 2)), List.of(0, 4), 1, RobinxConstraint.UNBOUNDED, HARD, 1, 3));

        List<String> expected = enumerate(home -> home[0][0] && home[0][1] && breaks(home[1]) == 0
                && (home[0][0] && !home[2][0] || home[0][4] && !home[2][4]));
        assertThat(expected).isNotEmpty();
        assertThat(keysOf(all(instance))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void venueRulesThatContradictTheFormatLeaveNoPattern() {
        // a team of a 4-team double round robin hosts 3 games, not 4
        Instance instance = TinySeason.instance(
                new Ca1(List.of(2), List.of(0, 1, 2, 3), 4, 4, HomeAwayMode.H, HARD, 1, 1));

        assertThat(next(HomeAwayPatterns.of(instance).orElseThrow())).isEmpty();
    }

    @Test
    void onlyACompactDoubleRoundRobinOfAnEvenNumberOfTeamsHasPatterns() {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(new Team(t, "T" + t, 0, List.of()));
        }
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            slots.add(new Slot(s, "Slot " + s, List.of()));
        }
        Instance single = new Instance("single", "SC", 1, true, GameMode.PHASED, teams, slots, DistanceMatrix.empty(),
                List.of());

        assertThat(HomeAwayPatterns.of(single)).isEmpty();
        assertThat(HomeAwayPatterns.of(TinySeason.instance())).isPresent();
    }

    private static List<boolean[][]> all(Instance instance) {
        HomeAwayPatterns patterns = HomeAwayPatterns.of(instance).orElseThrow();
        List<boolean[][]> asked = new ArrayList<>();
        for (Optional<boolean[][]> next = next(patterns); next.isPresent(); next = next(patterns)) {
            asked.add(next.get());
        }
        return asked;
    }

    private static Optional<boolean[][]> next(HomeAwayPatterns patterns) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(3).setMaxTimeInSeconds(10);
        try (StopRequest never = new StopRequest(() -> false, false)) {
            return patterns.next(solver, never);
        }
    }

    /**
     * Every pattern of the format (two teams at home in every slot, each team at home three times, and every pair
     * with a slot in each half where one hosts the other, the host differing between the halves) that {@code rule}
     * accepts.
     */
    private static List<String> enumerate(java.util.function.Predicate<boolean[][]> rule) {
        List<int[]> homePairs = new ArrayList<>();
        for (int a = 0; a < TEAMS; a++) {
            for (int b = a + 1; b < TEAMS; b++) {
                homePairs.add(new int[] {a, b});
            }
        }
        List<String> found = new ArrayList<>();
        int[] choice = new int[SLOTS];
        int combinations = (int) Math.pow(homePairs.size(), SLOTS);
        for (int c = 0; c < combinations; c++) {
            int rest = c;
            boolean[][] home = new boolean[TEAMS][SLOTS];
            for (int s = 0; s < SLOTS; s++) {
                choice[s] = rest % homePairs.size();
                rest /= homePairs.size();
                home[homePairs.get(choice[s])[0]][s] = true;
                home[homePairs.get(choice[s])[1]][s] = true;
            }
            if (eachHostsThree(home) && everyPairCanMeet(home) && rule.test(home)) {
                found.add(key(home));
            }
        }
        return found;
    }

    private static boolean eachHostsThree(boolean[][] home) {
        for (boolean[] team : home) {
            int hosted = 0;
            for (boolean h : team) {
                hosted += h ? 1 : 0;
            }
            if (hosted != TEAMS - 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean everyPairCanMeet(boolean[][] home) {
        for (int i = 0; i < TEAMS; i++) {
            for (int j = i + 1; j < TEAMS; j++) {
                boolean iFirst = hosts(home, i, j, 0) && hosts(home, j, i, SLOTS / 2);
                boolean jFirst = hosts(home, j, i, 0) && hosts(home, i, j, SLOTS / 2);
                if (!iFirst && !jFirst) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A slot of the half starting at {@code from} where {@code host} is at home and {@code guest} away. */
    private static boolean hosts(boolean[][] home, int host, int guest, int from) {
        for (int s = from; s < from + SLOTS / 2; s++) {
            if (home[host][s] && !home[guest][s]) {
                return true;
            }
        }
        return false;
    }

    private static int breaks(boolean[] pattern) {
        int breaks = 0;
        for (int s = 1; s < pattern.length; s++) {
            breaks += pattern[s] == pattern[s - 1] ? 1 : 0;
        }
        return breaks;
    }

    private static List<String> keysOf(List<boolean[][]> patterns) {
        return patterns.stream().map(HomeAwayPatternsTest::key).toList();
    }

    private static String key(boolean[][] home) {
        StringBuilder key = new StringBuilder();
        for (boolean[] team : home) {
            for (boolean h : team) {
                key.append(h ? 'H' : 'A');
            }
            key.append(' ');
        }
        return key.toString().trim();
    }
}
