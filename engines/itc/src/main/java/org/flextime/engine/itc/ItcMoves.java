package org.flextime.engine.itc;

/**
 * Moves that keep a compact double round robin (and, for phased instances, its two halves) intact: swap the
 * venues of a pair's two meetings, swap two slots, swap two teams, and the partial swaps of slots and teams
 * (Anagnostopoulos et al., TTSA) that repair the schedule with an ejection chain. Each applies its changes
 * through {@link ItcState#set} and returns false when it cannot apply (nothing is changed then).
 */
final class ItcMoves {

    private final ItcState state;
    private final int teams;
    private final int slots;
    private final boolean phased;
    private final int half;
    private final int[] buffer;
    private final boolean[] member;
    private final int[] chain;
    private final int[] saveOpp;
    private final boolean[] saveHome;
    private final boolean[] chainHomeI;
    private final boolean[] chainHomeJ;
    private final int[] chainOppI;
    private final int[] chainOppJ;

    ItcMoves(ItcState state) {
        this.state = state;
        this.teams = state.teams;
        this.slots = state.slots;
        this.phased = state.model.phased;
        this.half = slots / 2;
        this.buffer = new int[Math.max(teams, slots)];
        this.member = new boolean[teams];
        this.chain = new int[slots];
        this.saveOpp = new int[2 * teams];
        this.saveHome = new boolean[2 * teams];
        this.chainHomeI = new boolean[slots];
        this.chainHomeJ = new boolean[slots];
        this.chainOppI = new int[slots];
        this.chainOppJ = new int[slots];
    }

    /** True when the two slots may exchange games: always, or within one half of a phased season. */
    boolean sameHalfIfPhased(int s1, int s2) {
        return !phased || (s1 < half) == (s2 < half);
    }

    /** Home and away of both meetings of {@code i} and {@code j} trade places. */
    boolean swapHomes(int i, int j) {
        if (i == j) {
            return false;
        }
        int s1 = state.slotOf(i, j);
        int s2 = state.slotOf(j, i);
        state.set(i, s1, j, false);
        state.set(j, s1, i, true);
        state.set(i, s2, j, true);
        state.set(j, s2, i, false);
        return true;
    }

    /** Every game of slot s1 moves to s2 and back. */
    boolean swapSlots(int s1, int s2) {
        if (s1 == s2 || !sameHalfIfPhased(s1, s2)) {
            return false;
        }
        for (int t = 0; t < teams; t++) {
            saveOpp[t] = state.opponent(t, s1);
            saveHome[t] = state.isHome(t, s1);
            saveOpp[teams + t] = state.opponent(t, s2);
            saveHome[teams + t] = state.isHome(t, s2);
        }
        for (int t = 0; t < teams; t++) {
            state.set(t, s1, saveOpp[teams + t], saveHome[teams + t]);
            state.set(t, s2, saveOpp[t], saveHome[t]);
        }
        return true;
    }

    /** Teams i and j trade their schedules, except their mutual games. */
    boolean swapTeams(int i, int j) {
        if (i == j) {
            return false;
        }
        for (int s = 0; s < slots; s++) {
            swapTeamsIn(i, j, s);
        }
        return true;
    }

    private void swapTeamsIn(int i, int j, int s) {
        int oi = state.opponent(i, s);
        if (oi == j) {
            return;
        }
        int oj = state.opponent(j, s);
        boolean hi = state.isHome(i, s);
        boolean hj = state.isHome(j, s);
        state.set(i, s, oj, hj);
        state.set(j, s, oi, hi);
        state.set(oj, s, i, !hj);
        state.set(oi, s, j, !hi);
    }

    /**
     * Team {@code t}'s games of slots s1 and s2 trade places, together with the smallest set of other teams'
     * games that keeps every team playing once per slot.
     */
    boolean partialSwapSlots(int t, int s1, int s2) {
        if (s1 == s2 || !sameHalfIfPhased(s1, s2)) {
            return false;
        }
        java.util.Arrays.fill(member, false);
        int size = 0;
        buffer[size++] = t;
        member[t] = true;
        for (int k = 0; k < size; k++) {
            int m = buffer[k];
            int a = state.opponent(m, s1);
            if (!member[a]) {
                member[a] = true;
                buffer[size++] = a;
            }
            int b = state.opponent(m, s2);
            if (!member[b]) {
                member[b] = true;
                buffer[size++] = b;
            }
        }
        for (int k = 0; k < size; k++) {
            int m = buffer[k];
            saveOpp[k] = state.opponent(m, s1);
            saveHome[k] = state.isHome(m, s1);
            saveOpp[teams + k] = state.opponent(m, s2);
            saveHome[teams + k] = state.isHome(m, s2);
        }
        for (int k = 0; k < size; k++) {
            int m = buffer[k];
            state.set(m, s1, saveOpp[teams + k], saveHome[teams + k]);
            state.set(m, s2, saveOpp[k], saveHome[k]);
        }
        return true;
    }

    /**
     * Teams i and j trade their games of slot s, and of the further slots needed so that each keeps playing
     * every other team once at home and once away (a chain through the slots). Rejected when i and j meet in
     * slot s, or, for a phased season, when the chain leaves s's half.
     */
    boolean partialSwapTeams(int i, int j, int s) {
        if (i == j || state.opponent(i, s) == j) {
            return false;
        }
        int length = 0;
        int current = s;
        while (true) {
            if (!sameHalfIfPhased(s, current) || length == slots) {
                return false;
            }
            chain[length++] = current;
            // i takes j's game of this slot; find the slot where i already plays that game
            int k = state.opponent(j, current);
            int next = state.isHome(j, current) ? state.slotOf(i, k) : state.slotOf(k, i);
            if (next == s) {
                break;
            }
            current = next;
        }
        for (int c = 0; c < length; c++) {
            swapTeamsIn(i, j, chain[c]);
        }
        return true;
    }

    /**
     * The phased counterpart of {@link #partialSwapTeams}: within the half of slot s (where every pair meets
     * once), i and j trade opponents along a chain of slots keyed by opponent only, and every meeting keeps its
     * venue, so both halves stay single round robins and each pair still meets once at each venue.
     */
    boolean partialSwapTeamsInHalf(int i, int j, int s) {
        if (i == j || state.opponent(i, s) == j) {
            return false;
        }
        int lo = s < half ? 0 : half;
        int hi = lo + half;
        int length = 0;
        int current = s;
        while (true) {
            if (length == half) {
                return false;
            }
            chain[length++] = current;
            int k = state.opponent(j, current);
            int a = state.slotOf(i, k);
            int next = a >= lo && a < hi ? a : state.slotOf(k, i);
            if (next == s) {
                break;
            }
            current = next;
        }
        for (int c = 0; c < length; c++) {
            chainOppI[c] = state.opponent(i, chain[c]);
            chainOppJ[c] = state.opponent(j, chain[c]);
            chainHomeI[c] = state.isHome(i, chain[c]);
            chainHomeJ[c] = state.isHome(j, chain[c]);
        }
        for (int c = 0; c < length; c++) {
            int slot = chain[c];
            // i met chainOppJ[c] in the next slot of the chain, j met chainOppI[c] in the previous one
            boolean homeI = chainHomeI[(c + 1) % length];
            boolean homeJ = chainHomeJ[(c - 1 + length) % length];
            state.set(i, slot, chainOppJ[c], homeI);
            state.set(j, slot, chainOppI[c], homeJ);
            state.set(chainOppJ[c], slot, i, !homeI);
            state.set(chainOppI[c], slot, j, !homeJ);
        }
        return true;
    }
}
