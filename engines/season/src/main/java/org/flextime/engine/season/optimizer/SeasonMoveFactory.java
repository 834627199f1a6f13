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
 * Random structure-keeping moves: swap the slots of two rounds (every team still plays once per slot), swap
 * them for part of the league only (a team and its chain of opponents in the two slots), flip a home-and-home
 * pair, reverse a directed triangle of single meetings (nobody's home count changes), or flip one meeting (home
 * counts move by one, which a home-games range may allow). Plain change moves would put a team twice in a slot,
 * which is why the generic selectors are not used.
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
        List<Fixture> fixtures = plan.getFixtures();
        Map<String, List<Fixture>> byPair = new HashMap<>();
        Map<String, List<Fixture>> singlesOf = new HashMap<>();
        List<Fixture> doubles = new ArrayList<>();
        List<Fixture> singles = new ArrayList<>();
        for (Fixture x : fixtures) {
            byPair.computeIfAbsent(x.pairKey(), k -> new ArrayList<>()).add(x);
            (x.legs() == 2 ? doubles : singles).add(x);
        }
        for (Fixture x : singles) {
            for (String team : List.of(x.host(), x.guest())) {
                singlesOf.computeIfAbsent(team, k -> new ArrayList<>()).add(x);
            }
        }
        Map<String, List<Fixture>> fixturesOf = new HashMap<>();
        for (Fixture x : fixtures) {
            for (String team : List.of(x.host(), x.guest())) {
                fixturesOf.computeIfAbsent(team, k -> new ArrayList<>()).add(x);
            }
        }
        List<String> teams = new ArrayList<>(fixturesOf.keySet());
        teams.sort(null);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public FixtureMove next() {
                int roll = random.nextInt(100);
                FixtureMove m = null;
                if (roll < 25 && plan.getSlots().size() > 1) {
                    m = slotSwap(plan, random);
                } else if (roll < 45 && plan.getSlots().size() > 1) {
                    m = partialSlotSwap(teams.get(random.nextInt(teams.size())), plan, fixturesOf, random);
                } else if (roll < 60 && !doubles.isEmpty()) {
                    m = homeAndHome(doubles.get(random.nextInt(doubles.size())), byPair);
                } else if (roll < 85 && !singles.isEmpty()) {
                    m = triangle(singles.get(random.nextInt(singles.size())), singlesOf, byPair, random);
                }
                if (m == null) {
                    Fixture x = fixtures.get(random.nextInt(fixtures.size()));
                    m = new FixtureMove("flip", new Fixture[] {x}, new Slot[] {x.getSlot()},
                            new boolean[] {!x.getReversed()});
                }
                return m;
            }
        };
    }

    /** Two different slots, uniformly (the plan has at least two). */
    private static Slot[] twoSlots(SeasonPlan plan, Random random) {
        List<Slot> slots = plan.getSlots();
        Slot a = slots.get(random.nextInt(slots.size()));
        Slot b = slots.get(random.nextInt(slots.size() - 1));
        if (b == a) {
            b = slots.get(slots.size() - 1);
        }
        return new Slot[] {a, b};
    }

    private static FixtureMove slotSwap(SeasonPlan plan, Random random) {
        Slot[] pair = twoSlots(plan, random);
        Slot a = pair[0];
        Slot b = pair[1];
        List<Fixture> moved = new ArrayList<>();
        List<Slot> to = new ArrayList<>();
        for (Fixture x : plan.getFixtures()) {
            if (x.getSlot() == a) {
                moved.add(x);
                to.add(b);
            } else if (x.getSlot() == b) {
                moved.add(x);
                to.add(a);
            }
        }
        boolean[] keep = new boolean[moved.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = moved.get(i).getReversed();
        }
        return new FixtureMove("slotSwap", moved.toArray(new Fixture[0]), to.toArray(new Slot[0]), keep);
    }

    /**
     * Swaps the slots of a team's meetings in two slots, and of as few other meetings in those two slots as keep
     * everyone playing at most once per slot: the opponents' meetings there, their opponents', and so on. Unlike a
     * whole-slot swap this changes which meetings follow each other for part of the league only.
     */
    static FixtureMove partialSlotSwap(String team, SeasonPlan plan, Map<String, List<Fixture>> fixturesOf,
                                       Random random) {
        Slot[] pair = twoSlots(plan, random);
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
        if (moved.isEmpty() || reached.size() == fixturesOf.size()) {
            // nothing to move, or the whole league: a whole-slot swap, which the slot swap move already makes
            return null;
        }
        Slot[] to = new Slot[moved.size()];
        boolean[] keep = new boolean[moved.size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = moved.get(i).getSlot() == a ? b : a;
            keep[i] = moved.get(i).getReversed();
        }
        return new FixtureMove("partialSlotSwap", moved.toArray(new Fixture[0]), to, keep);
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
