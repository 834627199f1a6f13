package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.flextime.domain.Format;
import org.flextime.domain.Sport;

/**
 * Who meets whom, how often, and in which round, for the sport's format: rounds of pairings in play order, every
 * team at most once per round, not yet oriented home and away. A round robin takes the circle rounds (twice for a
 * double round robin); a partial format keeps the rounds {@link RoundSelection} chooses; a partial double round
 * robin plays the chosen rounds twice, first legs in the first half and return legs in the second.
 */
final class MeetingRounds {
    private static final int BYE_ATTEMPTS = 10;

    private MeetingRounds() {
    }

    /** The rounds of the sport's format for n teams, drawn with the seeded random. */
    static List<List<Pairing>> draw(Sport sport, int n, Affinity affinity, Random random) {
        Format format = sport.format();
        return switch (format.kind()) {
            case ROUND_ROBIN -> roundRobin(sport, n, random);
            case PARTIAL_ROUND_ROBIN -> partial(sport, n, format.gamesPerTeam(), affinity, random);
            case PARTIAL_DOUBLE_ROUND_ROBIN -> partialDouble(sport, n, affinity, random);
            case SERIES -> partial(sport, n, format.seriesPerTeam(), affinity, random);
        };
    }

    private static List<List<Pairing>> roundRobin(Sport sport, int n, Random random) {
        int games = sport.format().gamesPerTeam();
        int[] order = CircleMethod.shuffledOrder(n, random);
        List<List<Pairing>> once = CircleMethod.rounds(order);
        Collections.shuffle(once, random);
        if (games == n - 1) {
            return once;
        }
        if (games == 2 * (n - 1)) {
            // the second half repeats the first in the same order; orientation later makes it the return leg
            List<List<Pairing>> both = new ArrayList<>(once);
            both.addAll(once);
            return both;
        }
        throw UnsupportedFormatException.of(sport, "a round robin of " + n + " teams has " + (n - 1) + " or " + 2 * (n - 1)
                + " games per team, the data asks for " + games);
    }

    private static List<List<Pairing>> partial(Sport sport, int n, int k, Affinity affinity, Random random) {
        if (k <= 0 || k > n - 1) {
            throw UnsupportedFormatException.of(sport, k + " meetings per team is not possible with " + n + " teams");
        }
        if (n % 2 == 1 && k % 2 == 1) {
            throw UnsupportedFormatException.of(sport, "an odd number of teams (" + n + ") cannot each meet an odd number ("
                    + k + ") of opponents");
        }
        RoundSelection.Selection s = RoundSelection.select(sport, n, k, affinity, random);
        List<List<Pairing>> rounds = new ArrayList<>(s.kept());
        Collections.shuffle(rounds, random);
        return rounds;
    }

    private static List<List<Pairing>> partialDouble(Sport sport, int n, Affinity affinity, Random random) {
        Format f = sport.format();
        int twice = f.opponentsTwice();
        int once = f.opponentsOnce();
        if (twice + once != n - 1 || 2 * twice + once != f.gamesPerTeam()) {
            throw UnsupportedFormatException.of(sport, twice + " twice + " + once + " once must cover all " + (n - 1)
                    + " opponents and make " + f.gamesPerTeam() + " games");
        }
        if (n % 2 == 1 && twice % 2 == 1) {
            throw UnsupportedFormatException.of(sport, "an odd number of teams (" + n + ") cannot each play an odd number ("
                    + twice + ") of opponents twice");
        }
        if (twice == 0) {
            return roundRobin(sport, n, random);
        }
        // a draw whose first half cannot give every team one bye is drawn again
        for (int attempt = 0; attempt < BYE_ATTEMPTS; attempt++) {
            Legs legs = legs(sport, n, twice, affinity, random);
            Optional<List<List<Pairing>>> rounds = ByeWindow.add(sport, n, legs.rounds(), legs.firstHalf(), random);
            if (rounds.isPresent()) {
                return rounds.get();
            }
        }
        throw UnsupportedFormatException.of(sport, "no set of first-half games gives every team exactly one bye in "
                + BYE_ATTEMPTS + " draws");
    }

    /** The rounds of a partial double round robin and how many of them make the first half. */
    private record Legs(List<List<Pairing>> rounds, int firstHalf) {
    }

    private static Legs legs(Sport sport, int n, int twice, Affinity affinity, Random random) {
        RoundSelection.Selection s = RoundSelection.select(sport, n, twice, affinity, random);
        // every pair meets once in the circle rounds; the kept rounds are played again (less the removed pairs)
        List<List<Pairing>> all = CircleMethod.rounds(s.order());
        List<List<Pairing>> singles = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            if (!s.keptIndices().contains(r)) {
                singles.add(all.get(r));
            }
        }
        Collections.shuffle(singles, random);
        List<Integer> legOrder = new ArrayList<>();
        for (int i = 0; i < s.keptIndices().size(); i++) {
            legOrder.add(i);
        }
        Collections.shuffle(legOrder, random);
        List<List<Pairing>> firsts = legOrder.stream().map(i -> all.get(s.keptIndices().get(i))).toList();
        List<List<Pairing>> seconds = legOrder.stream().map(i -> s.kept().get(i)).toList();
        // first legs go in the first half and return legs in the second, so the two meetings are far apart
        int half = (singles.size() + 1) / 2;
        List<List<Pairing>> sequence = new ArrayList<>(interleave(firsts, singles.subList(0, half)));
        int firstHalf = sequence.size();
        sequence.addAll(interleave(seconds, singles.subList(half, singles.size())));
        return new Legs(sequence, firstHalf);
    }

    /** Merges a into b evenly, starting with an element of a. */
    private static List<List<Pairing>> interleave(List<List<Pairing>> a, List<List<Pairing>> b) {
        List<List<Pairing>> out = new ArrayList<>();
        int total = a.size() + b.size();
        int ai = 0;
        int bi = 0;
        for (int pos = 0; pos < total; pos++) {
            boolean takeA = bi >= b.size() || (ai < a.size() && (long) ai * total <= (long) pos * a.size());
            out.add(takeA ? a.get(ai++) : b.get(bi++));
        }
        return out;
    }
}
