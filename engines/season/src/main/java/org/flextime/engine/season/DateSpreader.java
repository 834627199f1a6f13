package org.flextime.engine.season;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Picks a number of dates out of candidates, at least a minimum gap apart and as evenly spread as possible. */
final class DateSpreader {
    private DateSpreader() {
    }

    /**
     * Chooses count dates from sorted candidates with at least gapDays between neighbours, each as close as
     * possible to its evenly spaced target; empty if the candidates cannot hold that many.
     */
    static Optional<List<LocalDate>> spread(List<LocalDate> candidates, int count, int gapDays) {
        if (count == 0) {
            return Optional.of(List.of());
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // latest[i]: the last candidate round i may take and still leave room for rounds i+1..count-1
        int[] latest = new int[count];
        int idx = candidates.size() - 1;
        for (int i = count - 1; i >= 0; i--) {
            if (i < count - 1) {
                LocalDate limit = candidates.get(latest[i + 1]).minusDays(gapDays);
                while (idx >= 0 && candidates.get(idx).isAfter(limit)) {
                    idx--;
                }
            }
            if (idx < 0) {
                return Optional.empty();
            }
            latest[i] = idx;
            idx--;
        }
        LocalDate first = candidates.get(0);
        long span = ChronoUnit.DAYS.between(first, candidates.get(candidates.size() - 1));
        List<LocalDate> chosen = new ArrayList<>();
        int lo = 0;
        for (int i = 0; i < count; i++) {
            LocalDate target = count == 1 ? first : first.plusDays(Math.round((double) i * span / (count - 1)));
            int best = -1;
            long bestDistance = Long.MAX_VALUE;
            for (int j = lo; j <= latest[i]; j++) {
                long distance = Math.abs(ChronoUnit.DAYS.between(target, candidates.get(j)));
                if (distance < bestDistance) {
                    best = j;
                    bestDistance = distance;
                }
            }
            LocalDate pick = candidates.get(best);
            chosen.add(pick);
            lo = best + 1;
            while (lo < candidates.size() && ChronoUnit.DAYS.between(pick, candidates.get(lo)) < gapDays) {
                lo++;
            }
        }
        return Optional.of(chosen);
    }
}
