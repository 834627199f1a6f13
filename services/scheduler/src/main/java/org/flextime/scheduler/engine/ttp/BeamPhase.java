package org.flextime.scheduler.engine.ttp;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The beam work of one search thread. {@link #run} builds whole schedules: beam searches, each with fresh noise and
 * team order, until its deadline; the width doubles from beam to beam while a beam takes a small part of the phase, so
 * a complete schedule is at hand early, and then stays, so the phase ends with several beams of the widest width that
 * leaves room for them. {@link #rebuild} then improves the best of them by searching parts of it again. Every schedule
 * built is offered to the shared best.
 */
final class BeamPhase {

    /** Width of the first beam. */
    private static final int FIRST_WIDTH = 500;
    /** How much longer than the last beam the next, twice as wide, is expected to take. */
    private static final double GROWTH = 2.3;
    /** Noise on a rating, as a fraction of the mean distance between two venues. */
    private static final double NOISE = 0.3;
    /** Least number of beams of the final width the phase should have room for. */
    private static final int REPEATS = 6;

    private final TtpInstance instance;
    private final BeamConstruction beam;
    private final BestSchedule shared;

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
        double noise = NOISE * instance.meanDistance();
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
            if (!beam.build(built, width, noise, order, random, late)) {
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
     * rebuilt schedule replaces the incumbent when it is no longer. Returns the number of rebuilds.
     */
    long rebuild(TtpState incumbent, int width, long deadlineNanos, long seed, BooleanSupplier stopped) {
        SplittableRandom random = new SplittableRandom(seed);
        double noise = NOISE * instance.meanDistance();
        int rounds = instance.slots();
        TtpState work = new TtpState(instance);
        TtpState candidate = new TtpState(instance);
        BooleanSupplier late = () -> stopped.getAsBoolean() || System.nanoTime() >= deadlineNanos;
        long rebuilds = 0;
        while (!late.getAsBoolean()) {
            boolean backwards = random.nextBoolean();
            work.copyFrom(incumbent, backwards);
            int kept = 1 + random.nextInt(rounds - 2);
            int[] order = shuffled(instance.teams(), random);
            if (!beam.complete(work, kept, candidate, width, noise, order, random, late)) {
                continue;
            }
            rebuilds++;
            // Equal schedules are taken too: moving across a plateau changes what the next rebuild starts from.
            if (candidate.viol == 0 && candidate.dist <= incumbent.dist) {
                incumbent.copyFrom(candidate, backwards);
                shared.offer(incumbent);
            }
        }
        return rebuilds;
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
