package org.flextime.engine.ttp;

import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The beam work of one search thread. {@link #run} builds whole schedules: beam searches, each with fresh noise, team
 * order and weight of the distance so far ({@link Rating}), until its deadline; the width doubles from beam to beam
 * while a beam takes a small part of the phase, so a complete schedule is at hand early, and then stays, so the phase
 * ends with several beams of the widest width that leaves room for them. {@link #rebuild} then improves the best of
 * them by searching parts of it again, and starts over from a fresh beam when that stalls. Every schedule built is
 * offered to the shared best.
 */
final class BeamPhase {

    /** Width of the first beam. */
    private static final int FIRST_WIDTH = 500;
    /** How much longer than the last beam the next, twice as wide, is expected to take. */
    private static final double GROWTH = 2.3;
    /** Noise on a rating, as a fraction of the mean distance between two venues. */
    private static final double NOISE = 0.3;
    /**
     * Least weight of the distance so far in a rating, drawn per beam between this and 1: below 1 a beam keeps partial
     * schedules that pay early for a cheaper season (see {@link Rating}). Measured: CIRC10's optimum (242), which
     * beams at full weight never reached (246), is found at 0.9, and NL10 did better too.
     */
    private static final double LEAST_PAID_WEIGHT = 0.9;
    /** Least number of beams of the final width the phase should have room for. */
    private static final int REPEATS = 6;

    private final TtpInstance instance;
    private final BeamConstruction beam;
    private final BestSchedule shared;
    /** Time each width took in the last {@link #run}, for sizing the fresh starts of {@link #rebuild}. */
    private final NavigableMap<Integer, Long> widthNanos = new TreeMap<>();

    BeamPhase(TtpInstance instance, TripBound bound, BestSchedule shared) {
        this.instance = instance;
        this.beam = new BeamConstruction(instance, bound);
        this.shared = shared;
    }

    /**
     * Runs beams until the deadline and leaves the shortest schedule built in best; returns false when none was built
     * (best untouched).
     */
    boolean run(TtpState best, long deadlineNanos, long seed, BooleanSupplier stopped) {
        SplittableRandom random = new SplittableRandom(seed);
        TtpState built = new TtpState(instance);
        double noise = NOISE * instance.travel().meanLeg();
        boolean any = false;
        int width = FIRST_WIDTH;
        long phaseStart = System.nanoTime();
        int beams = 0;
        while (true) {
            long started = System.nanoTime();
            BooleanSupplier late = () -> stopped.getAsBoolean() || System.nanoTime() >= deadlineNanos;
            // Each beam lets the teams pick their games in another order, which changes which partial schedules
            // compete with each other at a step: more diverse beams than noise alone gives.
            int[] order = beams++ == 0 ? identity(instance.teams()) : shuffled(instance.teams(), random);
            if (!beam.build(built, width, rating(noise, random), order, random, late)) {
                if (late.getAsBoolean() || width > beam.maxWidth() / 2) {
                    return any;
                }
                // Every partial schedule ran into a dead end: a wider beam keeps more alternatives alive.
                width *= 2;
                continue;
            }
            if (!any || built.viol < best.viol || (built.viol == best.viol && built.dist < best.dist)) {
                best.copyFrom(built);
                any = true;
            }
            shared.offer(built);
            long now = System.nanoTime();
            long took = now - started;
            widthNanos.put(width, took);
            if (now + took > deadlineNanos) {
                return true;
            }
            // Widen while a beam is short next to the phase; then repeat at that width with fresh noise, since on
            // small instances another draw of the noise pays more than a wider beam.
            if (GROWTH * took * REPEATS < deadlineNanos - phaseStart && now + GROWTH * took <= deadlineNanos
                    && width <= beam.maxWidth() / 2) {
                width *= 2;
            }
        }
    }

    /**
     * Improves the incumbent until the deadline by rebuilding part of it: from a random slot on, the rest of the
     * season (or, on the season played backwards, its beginning) is searched again by a beam of the given width; a
     * rebuilt schedule replaces the incumbent when it is no longer. When no rebuild has shortened the incumbent for
     * stallNanos, a fresh beam (of the widest width that took at most a quarter of that in {@link #run}) replaces it:
     * rebuilds settle in a few seconds, and another start reaches other schedules. Returns the number of rebuilds.
     */
    long rebuild(TtpState incumbent, int width, long deadlineNanos, long stallNanos, long seed,
                 BooleanSupplier stopped) {
        SplittableRandom random = new SplittableRandom(seed);
        double noise = NOISE * instance.travel().meanLeg();
        int rounds = instance.slots();
        TtpState work = new TtpState(instance);
        TtpState candidate = new TtpState(instance);
        BooleanSupplier late = () -> stopped.getAsBoolean() || System.nanoTime() >= deadlineNanos;
        int startWidth = freshStartWidth(stallNanos / 4);
        long improved = System.nanoTime();
        long rebuilds = 0;
        while (!late.getAsBoolean()) {
            if (System.nanoTime() - improved > stallNanos) {
                if (beam.build(work, startWidth, rating(noise, random), shuffled(instance.teams(), random), random,
                        late)) {
                    incumbent.copyFrom(work);
                    shared.offer(incumbent);
                }
                improved = System.nanoTime();
                continue;
            }
            boolean backwards = random.nextBoolean();
            work.copyFrom(incumbent, backwards);
            int kept = 1 + random.nextInt(rounds - 2);
            int[] order = shuffled(instance.teams(), random);
            if (!beam.complete(work, kept, candidate, width, rating(noise, random), order, random, late)) {
                continue;
            }
            rebuilds++;
            // Equal schedules are taken too: moving across a plateau changes what the next rebuild starts from.
            if (candidate.viol == 0 && candidate.dist <= incumbent.dist) {
                if (candidate.dist < incumbent.dist) {
                    improved = System.nanoTime();
                }
                incumbent.copyFrom(candidate, backwards);
                shared.offer(incumbent);
            }
        }
        return rebuilds;
    }

    /** The widest width a beam of {@link #run} built within the given time (the first width if none did). */
    private int freshStartWidth(long withinNanos) {
        int width = FIRST_WIDTH;
        for (Map.Entry<Integer, Long> e : widthNanos.entrySet()) {
            if (e.getValue() <= withinNanos) {
                width = Math.max(width, e.getKey());
            }
        }
        return width;
    }

    private static Rating rating(double noise, SplittableRandom random) {
        return new Rating(LEAST_PAID_WEIGHT + (1 - LEAST_PAID_WEIGHT) * random.nextDouble(), noise);
    }

    private static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
        return order;
    }
}
