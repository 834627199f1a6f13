package org.flextime.engine.season.optimizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonDraft;

/**
 * Which teams meet, improved before the search: two meetings of one slot exchange their visitors (A hosts B and C
 * hosts D become A hosts D and C hosts B). Everyone keeps its slot and its home or away day, so home counts and
 * streaks stay as they were and only the rules about pairings can break, which the scoring judges. The search's
 * moves keep every pair, and a partial format's travel is mostly which opponents meet (football plays 9 of 15, each
 * game its own round trip), so this is where such a format sheds miles. A full round robin (every pair meets) is left
 * alone. First improvement in a fixed order, pass after pass, until a pass finds none or the time is spent; an
 * exchange that would lower the reported quality below the draft's ({@link PlanQuality}) is not taken. Where every
 * pair meets at most once, the exchanges start from the exact assignment of visitors to hosts
 * ({@link OpponentAssignment}) when the full score finds it better.
 */
final class OpponentExchange {
    private final Season season;
    private final Sport sport;
    private final RuleBook book;
    private final SolutionManager<SeasonPlan, HardSoftLongScore> manager;

    OpponentExchange(Season season, Sport sport, RuleBook book, SolutionManager<SeasonPlan, HardSoftLongScore> manager) {
        this.season = season;
        this.sport = sport;
        this.book = book;
        this.manager = manager;
    }

    /** The best draft found from this one within {@code millis}, scored as it goes; the draft itself if none is better. */
    SeasonDraft improve(SeasonDraft draft, long millis, BooleanSupplier cancelled) {
        if (!partial(draft)) {
            return draft;
        }
        long deadline = System.nanoTime() + millis * 1_000_000;
        SeasonPlan start = SeasonOptimizer.plan(season, sport, draft, book);
        HardSoftLongScore score = manager.update(start);
        double floor = PlanQuality.of(start, score).value();
        if (OpponentAssignment.applies(draft)) {
            // the exact assignment first (it stops once proven optimal), the exchanges then polish it by the full score
            SeasonDraft assigned = new OpponentAssignment(season, sport, book).solve(draft, millis);
            SeasonPlan plan = SeasonOptimizer.plan(season, sport, assigned, book);
            HardSoftLongScore s = manager.update(plan);
            if (s.compareTo(score) > 0 && PlanQuality.of(plan, s).value() >= floor) {
                draft = assigned;
                score = s;
            }
        }
        boolean improved = true;
        while (improved && System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            improved = false;
            List<SeasonDraft.Meeting> meetings = draft.meetings();
            for (int i = 0; i < meetings.size() && System.nanoTime() < deadline; i++) {
                for (int j = i + 1; j < meetings.size() && System.nanoTime() < deadline; j++) {
                    SeasonDraft candidate = exchanged(draft, i, j);
                    if (candidate == null) {
                        continue;
                    }
                    SeasonPlan plan = SeasonOptimizer.plan(season, sport, candidate, book);
                    HardSoftLongScore s = manager.update(plan);
                    if (s.compareTo(score) > 0 && PlanQuality.of(plan, s).value() >= floor) {
                        draft = candidate;
                        score = s;
                        meetings = draft.meetings();
                        improved = true;
                    }
                }
            }
        }
        return draft;
    }

    /** The draft with meetings i and j of one slot exchanging visitors; null if they are not in one slot or would repeat a pair. */
    private static SeasonDraft exchanged(SeasonDraft draft, int i, int j) {
        SeasonDraft.Meeting a = draft.meetings().get(i);
        SeasonDraft.Meeting b = draft.meetings().get(j);
        if (a.slot() != b.slot() || a.home().equals(b.away()) || b.home().equals(a.away())) {
            return null;
        }
        Set<String> pairs = pairs(draft);
        if (pairs.contains(key(a.home(), b.away())) || pairs.contains(key(b.home(), a.away()))) {
            return null;
        }
        List<SeasonDraft.Meeting> out = new ArrayList<>(draft.meetings());
        out.set(i, new SeasonDraft.Meeting(a.slot(), a.home(), b.away()));
        out.set(j, new SeasonDraft.Meeting(b.slot(), b.home(), a.away()));
        return new SeasonDraft(draft.teams(), draft.slotDates(), out, draft.series());
    }

    /** Whether some pair of teams does not meet. */
    private static boolean partial(SeasonDraft draft) {
        int n = draft.teams().size();
        return pairs(draft).size() < n * (n - 1) / 2;
    }

    private static Set<String> pairs(SeasonDraft draft) {
        Set<String> out = new HashSet<>();
        draft.meetings().forEach(m -> out.add(key(m.home(), m.away())));
        return out;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
