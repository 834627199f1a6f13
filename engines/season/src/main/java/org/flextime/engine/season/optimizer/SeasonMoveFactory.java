package org.flextime.engine.season.optimizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random structure-keeping moves: swap the slots of two rounds (every team still plays once per slot) or of two
 * pairs of consecutive rounds, swap them for part of the league only (a team and its chain of opponents in the two
 * slots), in particular to put a team's away meeting next to its away meeting at the nearest other host (a road
 * trip), flip a home-and-home
 * pair, reverse a directed triangle of single meetings (nobody's home count changes), or flip one meeting (home
 * counts move by one, which a home-games range may allow). Plain change moves would put a team twice in a slot,
 * which is why the generic selectors are not used. Pinned meetings never move: whole-slot swaps use only slots
 * without one, and the other moves are built from unpinned meetings and dropped when they reach a pinned one.
 */
public class SeasonMoveFactory implements MoveIteratorFactory<SeasonPlan, FixtureMove> {

    @Override
    public long getSize(ScoreDirector<SeasonPlan> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getFixtures().size();
        return n * n;
    }

    @Override
    public Iterator<FixtureMove> createOriginalMoveIterator(ScoreDirector<SeasonPlan> scoreDirector) {
        throw new UnsupportedOperationException("season moves are only selected randomly");
    }

    @Override
    public Iterator<FixtureMove> createRandomMoveIterator(ScoreDirector<SeasonPlan> scoreDirector, Random random) {
        SeasonPlan plan = scoreDirector.getWorkingSolution();
        List<Fixture> fixtures = plan.getFixtures().stream().filter(x -> !x.isPinned()).toList();
        Map<String, List<Fixture>> byPair = new HashMap<>();
        Map<String, List<Fixture>> singlesOf = new HashMap<>();
        List<Fixture> doubles = new ArrayList<>();
        List<Fixture> singles = new ArrayList<>();
        for (Fixture x : plan.getFixtures()) {
            byPair.computeIfAbsent(x.pairKey(), k -> new ArrayList<>()).add(x);
        }
        for (Fixture x : fixtures) {
            (x.legs() == 2 ? doubles : singles).add(x);
        }
        Slots slots = new Slots(plan);
        for (Fixture x : singles) {
            for (String team : List.of(x.host(), x.guest())) {
                singlesOf.computeIfAbsent(team, k -> new ArrayList<>()).add(x);
            }
        }
        Map<String, List<Fixture>> fixturesOf = new HashMap<>();
        for (Fixture x : plan.getFixtures()) {
            for (String team : List.of(x.host(), x.guest())) {
                fixturesOf.computeIfAbsent(team, k -> new ArrayList<>()).add(x);
            }
        }
        List<String> teams = new ArrayList<>(new java.util.TreeSet<>(fixtures.stream()
                .flatMap(x -> java.util.stream.Stream.of(x.host(), x.guest())).toList()));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public FixtureMove next() {
                int roll = random.nextInt(100);
                FixtureMove m = null;
                if (roll < 15 && slots.open().size() > 1) {
                    m = slotSwap(plan, twoSlots(slots.open(), random));
                } else if (roll < 25 && slots.open().size() > 3) {
                    m = roundPairSwap(plan, slots.open(), random);
                } else if (roll < 40 && slots.free().size() > 1 && !teams.isEmpty()) {
                    m = partialSlotSwap(teams.get(random.nextInt(teams.size())), twoSlots(slots.free(), random), fixturesOf);
                } else if (roll < 55 && slots.free().size() > 1 && !teams.isEmpty()) {
                    m = roadTrip(teams.get(random.nextInt(teams.size())), plan.getSlots(), fixturesOf, random);
                } else if (roll < 65 && !doubles.isEmpty()) {
                    m = homeAndHome(doubles.get(random.nextInt(doubles.size())), byPair);
                } else if (roll < 85 && !singles.isEmpty()) {
                    m = triangle(singles.get(random.nextInt(singles.size())), singlesOf, byPair, random);
                }
                if (m != null && !m.isAllowed()) {
                    m = null;
                }
                if (m == null) {
                    List<Fixture> pool = fixtures.isEmpty() ? plan.getFixtures() : fixtures;
                    Fixture x = pool.get(random.nextInt(pool.size()));
                    m = new FixtureMove("flip", new Fixture[] {x}, new Slot[] {x.getSlot()},
                            new boolean[] {!x.getReversed()});
                }
                return m;
            }
        };
    }

    /**
     * The slots moves may use: {@code open} ones hold no pinned meeting and every unpinned meeting may take them (a
     * whole-slot swap moves all their meetings); {@code free} ones some unpinned meeting may take. For a drafted plan,
     * all slots are both.
     */
    record Slots(List<Slot> open, List<Slot> free) {
        Slots(SeasonPlan plan) {
            this(open(plan), free(plan));
        }

        private static List<Slot> open(SeasonPlan plan) {
            List<Fixture> unpinned = plan.getFixtures().stream().filter(x -> !x.isPinned()).toList();
            return plan.getSlots().stream()
                    .filter(s -> plan.getFixtures().stream().noneMatch(x -> x.isPinned() && x.getSlot() == s))
                    .filter(s -> unpinned.stream().allMatch(x -> x.canTake(s)))
                    .toList();
        }

        private static List<Slot> free(SeasonPlan plan) {
            return plan.getSlots().stream()
                    .filter(s -> plan.getFixtures().stream().anyMatch(x -> !x.isPinned() && x.canTake(s)))
                    .toList();
        }
    }

    /** Two different slots of the list, uniformly (it has at least two). */
    static Slot[] twoSlots(List<Slot> slots, Random random) {
        Slot a = slots.get(random.nextInt(slots.size()));
        Slot b = slots.get(random.nextInt(slots.size() - 1));
        if (b == a) {
            b = slots.get(slots.size() - 1);
        }
        return new Slot[] {a, b};
    }

    private static FixtureMove slotSwap(SeasonPlan plan, Slot[] pair) {
        return wholeSlots("slotSwap", plan, Map.of(pair[0], pair[1], pair[1], pair[0]));
    }

    /**
     * Swaps two pairs of consecutive rounds as blocks (the first with the first, the second with the second), so
     * the road trips and home stands that span a pair of rounds (a weekend and the weekday after it) move together.
     */
    static FixtureMove roundPairSwap(SeasonPlan plan, List<Slot> open, Random random) {
        int i = random.nextInt(open.size() - 1);
        int j = random.nextInt(open.size() - 1);
        if (Math.abs(i - j) < 2) {
            return null;
        }
        return roundPairSwap(plan, open.get(i), open.get(i + 1), open.get(j), open.get(j + 1));
    }

    /** Rounds a and a2 swapped with b and b2 (null unless each pair is two consecutive slots). */
    static FixtureMove roundPairSwap(SeasonPlan plan, Slot a, Slot a2, Slot b, Slot b2) {
        if (a2.index() != a.index() + 1 || b2.index() != b.index() + 1) {
            return null;
        }
        return wholeSlots("roundPairSwap", plan, Map.of(a, b, b, a, a2, b2, b2, a2));
    }

    /** Every meeting of each slot in {@code to}'s keys moved to the slot it maps to, orientations kept. */
    private static FixtureMove wholeSlots(String kind, SeasonPlan plan, Map<Slot, Slot> to) {
        List<Fixture> moved = new ArrayList<>();
        List<Slot> target = new ArrayList<>();
        for (Fixture x : plan.getFixtures()) {
            Slot t = to.get(x.getSlot());
            if (t != null) {
                moved.add(x);
                target.add(t);
            }
        }
        boolean[] keep = new boolean[moved.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = moved.get(i).getReversed();
        }
        return new FixtureMove(kind, moved.toArray(new Fixture[0]), target.toArray(new Slot[0]), keep);
    }

    /**
     * A road trip: one of the team's away meetings moved to the round just before or after its away meeting at the
     * nearest other host (travel partners are nearest to each other), with the chain of opponents that keeps everyone
     * once per slot ({@link #partialSlotSwap}); the road-trip model then chains the two visits into one trip.
     */
    static FixtureMove roadTrip(String team, List<Slot> slots, Map<String, List<Fixture>> fixturesOf, Random random) {
        List<Fixture> away = new ArrayList<>();
        for (Fixture x : fixturesOf.get(team)) {
            if (x.guest().equals(team) && !x.isPinned()) {
                away.add(x);
            }
        }
        if (away.size() < 2) {
            return null;
        }
        Fixture x = away.get(random.nextInt(away.size()));
        Fixture nearest = null;
        double best = Double.MAX_VALUE;
        for (Fixture y : away) {
            if (y != x && !y.host().equals(x.host())) {
                double miles = x.rules().trips().miles(x.host(), y.host());
                if (miles < best) {
                    best = miles;
                    nearest = y;
                }
            }
        }
        if (nearest == null) {
            return null;
        }
        return roadTrip(team, x, nearest.getSlot().index() + (random.nextBoolean() ? 1 : -1), slots, fixturesOf);
    }

    /**
     * The team's meeting x moved to slot {@code at} (the round before or after another of its away meetings) with
     * its chain of opponents; the chain may be the whole league (then it is a whole-slot swap). Null if there is no
     * such slot or x is there already.
     */
    static FixtureMove roadTrip(String team, Fixture x, int at, List<Slot> slots, Map<String, List<Fixture>> fixturesOf) {
        if (at < 0 || at >= slots.size() || slots.get(at) == x.getSlot()) {
            return null;
        }
        return chainSwap("roadTrip", team, new Slot[] {x.getSlot(), slots.get(at)}, fixturesOf, true);
    }

    /**
     * Swaps the slots of a team's meetings in two slots, and of as few other meetings in those two slots as keep
     * everyone playing at most once per slot: the opponents' meetings there, their opponents', and so on. Unlike a
     * whole-slot swap this changes which meetings follow each other for part of the league only.
     */
    static FixtureMove partialSlotSwap(String team, Slot[] pair, Map<String, List<Fixture>> fixturesOf) {
        return chainSwap("partialSlotSwap", team, pair, fixturesOf, false);
    }

    /** The chain of a team's meetings in the two slots swapped; null if empty, or the whole league unless allowed. */
    private static FixtureMove chainSwap(String kind, String team, Slot[] pair, Map<String, List<Fixture>> fixturesOf,
                                         boolean wholeLeague) {
        Slot a = pair[0];
        Slot b = pair[1];
        List<Fixture> moved = new ArrayList<>();
        List<String> reached = new ArrayList<>(List.of(team));
        for (int i = 0; i < reached.size(); i++) {
            for (Fixture x : fixturesOf.get(reached.get(i))) {
                if ((x.getSlot() == a || x.getSlot() == b) && !moved.contains(x)) {
                    moved.add(x);
                    for (String other : List.of(x.host(), x.guest())) {
                        if (!reached.contains(other)) {
                            reached.add(other);
                        }
                    }
                }
            }
        }
        if (moved.isEmpty() || !wholeLeague && reached.size() == fixturesOf.size()) {
            // nothing to move, or the whole league: a whole-slot swap, which the slot swap move already makes
            return null;
        }
        Slot[] to = new Slot[moved.size()];
        boolean[] keep = new boolean[moved.size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = moved.get(i).getSlot() == a ? b : a;
            keep[i] = moved.get(i).getReversed();
        }
        return new FixtureMove(kind, moved.toArray(new Fixture[0]), to, keep);
    }

    private static FixtureMove homeAndHome(Fixture x, Map<String, List<Fixture>> byPair) {
        List<Fixture> legs = byPair.get(x.pairKey());
        if (legs.size() != 2) {
            return null;
        }
        Fixture a = legs.get(0);
        Fixture b = legs.get(1);
        return new FixtureMove("homeAndHome", new Fixture[] {a, b}, new Slot[] {a.getSlot(), b.getSlot()},
                new boolean[] {!a.getReversed(), !b.getReversed()});
    }

    /** x: A hosts B; find B hosts C and C hosts A among single meetings, and reverse all three. */
    private static FixtureMove triangle(Fixture x, Map<String, List<Fixture>> singlesOf,
                                        Map<String, List<Fixture>> byPair, Random random) {
        String a = x.host();
        String b = x.guest();
        List<Fixture> ofB = singlesOf.getOrDefault(b, List.of());
        int start = ofB.isEmpty() ? 0 : random.nextInt(ofB.size());
        for (int k = 0; k < ofB.size(); k++) {
            Fixture y = ofB.get((start + k) % ofB.size());
            if (y == x || !y.host().equals(b)) {
                continue;
            }
            String c = y.guest();
            List<Fixture> ca = byPair.get(c.compareTo(a) < 0 ? c + "|" + a : a + "|" + c);
            if (ca == null || ca.size() != 1 || !ca.get(0).host().equals(c)) {
                continue;
            }
            Fixture z = ca.get(0);
            return new FixtureMove("triangle", new Fixture[] {x, y, z},
                    new Slot[] {x.getSlot(), y.getSlot(), z.getSlot()},
                    new boolean[] {!x.getReversed(), !y.getReversed(), !z.getReversed()});
        }
        return null;
    }
}
