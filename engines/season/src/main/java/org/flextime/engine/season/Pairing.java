package org.flextime.engine.season;

/**
 * Two teams (indices into the sport's participant list) meeting once in a round. Before orientation the order of
 * the two carries no meaning; once oriented, {@code home} hosts {@code away}.
 */
record Pairing(int home, int away) {

    /** The same meeting with the hosts swapped. */
    Pairing reversed() {
        return new Pairing(away, home);
    }

    /** Whether the team plays in this meeting. */
    boolean involves(int team) {
        return home == team || away == team;
    }

    /** The same number for both orientations of the pair, so meetings of a pair are found again. */
    long pairKey() {
        return key(home, away);
    }

    /** The pair's key for two team indices in either order. */
    static long key(int a, int b) {
        return (long) Math.min(a, b) * 1_000_003L + Math.max(a, b);
    }
}
