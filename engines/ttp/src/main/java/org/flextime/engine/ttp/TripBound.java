package org.flextime.engine.ttp;

/**
 * The independent lower bound of each team (Easton, Nemhauser and Trick): the least distance a team needs to visit a
 * set of opponents in road trips of at most three games that start and end at home, ignoring every other team; also
 * from the middle of a trip, so a partial schedule can be rated by what its teams still have to travel.
 *
 * <p>The tables are dynamic programmes over subsets of opponents (2^(n-1) entries per team and position), so they
 * are built only up to {@link #MAX_TEAMS} teams. On a circulant distance matrix (every CIRC instance) all teams are
 * rotations of team 0 and one set of tables serves them all; the mid-trip tables are kept only when they fit in
 * {@link #MAX_TABLE_ENTRIES}, and are otherwise computed on demand from the home table.
 */
final class TripBound {

    /** Largest instance the tables are built for. */
    static final int MAX_TEAMS = 20;
    /** Most int entries the mid-trip tables may take together (about 100 MB). */
    private static final long MAX_TABLE_ENTRIES = 25_000_000L;
    /** Longest road trip the bound assumes, the classic TTP streak limit. */
    private static final int TRIP = 3;

    private final int n;
    private final TtpTravel travel;
    private final int fullMask;
    private final boolean circulant;
    /** Entries per team table: subsets of the other n-1 teams. */
    private final int size;
    /** home[t][index]: bound of team t at home for the opponents in the set (t is 0 when circulant). */
    private final int[][] home;
    /** lastGame[t][loc * size + index]: away at loc with one more road game allowed; null when not tabled. */
    private final int[][] lastGame;
    /** twoGames[t][loc * size + index]: away at loc with two more road games allowed; null when not tabled. */
    private final int[][] twoGames;

    TripBound(TtpInstance instance) {
        n = instance.teams();
        if (n > MAX_TEAMS) {
            throw new IllegalArgumentException("trip bounds are built up to " + MAX_TEAMS + " teams, got " + n);
        }
        travel = instance.travel();
        fullMask = (1 << n) - 1;
        size = 1 << (n - 1);
        circulant = isCirculant();
        int tables = circulant ? 1 : n;
        home = new int[tables][];
        for (int t = 0; t < tables; t++) {
            home[t] = homeTable(t);
        }
        boolean tabled = 2L * tables * n * size <= MAX_TABLE_ENTRIES;
        lastGame = tabled ? new int[tables][] : null;
        twoGames = tabled ? new int[tables][] : null;
        if (tabled) {
            for (int t = 0; t < tables; t++) {
                lastGame[t] = midTripTable(t, null);
                twoGames[t] = midTripTable(t, lastGame[t]);
            }
        }
    }

    /** Whether the instance is small enough for the tables; larger instances go without the bound. */
    static boolean fits(TtpInstance instance) {
        return instance.teams() <= MAX_TEAMS;
    }

    private boolean isCirculant() {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (travel.leg(i, j) != travel.leg(0, (j - i + n) % n)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Least distance for team t, at home, to visit every opponent in mask (bit t clear) and come home. */
    int atHome(int t, int mask) {
        return circulant ? home[0][index(0, rotate(mask, t))] : home[t][index(t, mask)];
    }

    /**
     * Least distance for team t, away at loc after tripLength road games in a row, to visit every opponent in mask
     * and come home: the trip goes on for at most 3 - tripLength more games, then the rest is {@link #atHome}.
     */
    int away(int t, int mask, int loc, int tripLength) {
        if (tripLength >= TRIP) {
            return travel.leg(loc, t) + atHome(t, mask);
        }
        if (lastGame != null) {
            int[][] table = tripLength == TRIP - 1 ? lastGame : twoGames;
            if (circulant) {
                return table[0][((loc - t + n) % n) * size + index(0, rotate(mask, t))];
            }
            return table[t][loc * size + index(t, mask)];
        }
        return awayOnDemand(t, mask, loc, TRIP - tripLength);
    }

    private int awayOnDemand(int t, int mask, int loc, int gamesLeft) {
        int best = travel.leg(loc, t) + atHome(t, mask);
        if (gamesLeft > 0) {
            for (int rest = mask; rest != 0; rest &= rest - 1) {
                int x = Integer.numberOfTrailingZeros(rest);
                int via = travel.leg(loc, x) + awayOnDemand(t, mask & ~(1 << x), x, gamesLeft - 1);
                if (via < best) {
                    best = via;
                }
            }
        }
        return best;
    }

    /** The mask of team t's opponents seen from team 0 in a circulant instance: team x becomes x - t. */
    private int rotate(int mask, int t) {
        if (t == 0) {
            return mask;
        }
        return ((mask >>> t) | (mask << (n - t))) & fullMask;
    }

    /** Position of a set of team t's opponents in t's tables: the mask with bit t squeezed out. */
    private static int index(int t, int mask) {
        int low = mask & ((1 << t) - 1);
        return low | ((mask >>> (t + 1)) << t);
    }

    /** The opponents' mask at a table position: bit t put back (clear). */
    private static int mask(int t, int index) {
        int low = index & ((1 << t) - 1);
        return low | ((index >>> t) << (t + 1));
    }

    private int d(int i, int j) {
        return travel.leg(i, j);
    }

    /** Subset dynamic programme: each set is split into the trip of its lowest member and the rest. */
    private int[] homeTable(int t) {
        int[] g = new int[size];
        for (int idx = 1; idx < size; idx++) {
            int mask = mask(t, idx);
            int a = Integer.numberOfTrailingZeros(mask);
            int rest = mask & ~(1 << a);
            int dta = d(t, a);
            int best = 2 * dta + g[index(t, rest)];
            for (int bs = rest; bs != 0; bs &= bs - 1) {
                int b = Integer.numberOfTrailingZeros(bs);
                int r2 = rest & ~(1 << b);
                int pair = dta + d(a, b) + d(b, t) + g[index(t, r2)];
                if (pair < best) {
                    best = pair;
                }
                for (int cs = r2 & ~((1 << b) - 1); cs != 0; cs &= cs - 1) {
                    int c = Integer.numberOfTrailingZeros(cs);
                    // The three orders of a three-game trip, up to reversal.
                    int abc = dta + d(a, b) + d(b, c) + d(c, t);
                    int bac = d(t, b) + d(b, a) + d(a, c) + d(c, t);
                    int acb = dta + d(a, c) + d(c, b) + d(b, t);
                    int trip = Math.min(abc, Math.min(bac, acb)) + g[index(t, r2 & ~(1 << c))];
                    if (trip < best) {
                        best = trip;
                    }
                }
            }
            g[idx] = best;
        }
        return g;
    }

    /**
     * Bounds away from home with one more road game allowed (next == null) or two (next = the one-more table): go
     * home now, or visit x and continue from there with one game less.
     */
    private int[] midTripTable(int t, int[] next) {
        int[] g = home[t];
        int[] table = new int[n * size];
        for (int loc = 0; loc < n; loc++) {
            if (loc == t) {
                continue;
            }
            int base = loc * size;
            int homeLeg = d(loc, t);
            for (int idx = 0; idx < size; idx++) {
                int mask = mask(t, idx);
                int best = homeLeg + g[idx];
                for (int rest = mask; rest != 0; rest &= rest - 1) {
                    int x = Integer.numberOfTrailingZeros(rest);
                    int without = index(t, mask & ~(1 << x));
                    int then = next == null ? d(x, t) + g[without] : next[x * size + without];
                    int via = d(loc, x) + then;
                    if (via < best) {
                        best = via;
                    }
                }
                table[base + idx] = best;
            }
        }
        return table;
    }
}
