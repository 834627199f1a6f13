package org.flextime.engine.season.optimizer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * The plan of an existing schedule: one fixture per meeting (a series' games while the same team hosts, up to the
 * series length, at most two days apart: the validator's grouping, so both count meetings alike), one slot per
 * meeting start (the date, or the Monday of a series week). With a {@link Neighbourhood}, the meetings inside it
 * that are not pinned are free and the slots get every date (week) of the neighbourhood the sport plays on, so a
 * free meeting may move to a day nobody plays yet; every other meeting is pinned to its slot.
 */
final class GivenPlan {
    private GivenPlan() {
    }

    /** A plan that holds the schedule as it is, nothing free. */
    static SeasonPlan fixed(Season season, Sport sport, List<Game> games, RuleBook rules) {
        return of(season, sport, games, rules, null, Set.of());
    }

    /** The plan with the neighbourhood's unpinned meetings free (null neighbourhood: nothing free). */
    static SeasonPlan of(Season season, Sport sport, List<Game> games, RuleBook rules, Neighbourhood free,
                         Set<String> pinnedGames) {
        boolean series = sport.format().kind() == Format.Kind.SERIES;
        List<List<Game>> meetings = meetings(games, series, Math.max(1, sport.format().gamesPerSeries()));
        Map<String, Integer> legs = new HashMap<>();
        for (List<Game> m : meetings) {
            legs.merge(pairKey(m.get(0).home(), m.get(0).away()), 1, Integer::sum);
        }
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (List<Game> m : meetings) {
            starts.add(slotDate(m.get(0).date(), series));
        }
        if (free != null) {
            starts.addAll(openDates(season, sport, free, series));
        }
        List<Slot> slots = new ArrayList<>();
        Map<LocalDate, Slot> slotOf = new HashMap<>();
        for (LocalDate d : starts) {
            Slot s = new Slot(slots.size(), d);
            slots.add(s);
            slotOf.put(d, s);
        }
        List<Fixture> fixtures = new ArrayList<>();
        for (List<Game> m : meetings) {
            Game g = m.get(0);
            Slot own = slotOf.get(slotDate(g.date(), series));
            boolean movable = free != null && m.stream().allMatch(x -> free.contains(x) && !pinnedGames.contains(x.id()));
            Map<Integer, SlotDates> dates = new HashMap<>();
            dates.put(own.index(), new SlotDates(m.stream().map(Game::date).toList()));
            if (movable) {
                for (Slot s : slots) {
                    if (s != own && free.admits(s.date())) {
                        dates.put(s.index(), datesIn(season, sport, m, s.date(), own.date(), series));
                    }
                }
            }
            fixtures.add(new Fixture(g.id(), g.home(), g.away(), legs.get(pairKey(g.home(), g.away())), dates, rules, own,
                    m, !movable));
        }
        return new SeasonPlan(slots, fixtures);
    }

    /** The schedule's games grouped into meetings, in date order. */
    private static List<List<Game>> meetings(List<Game> games, boolean series, int perSeries) {
        List<Game> sorted = new ArrayList<>(games);
        sorted.sort(Comparator.comparing(Game::date).thenComparing(Game::id));
        List<List<Game>> meetings = new ArrayList<>();
        Map<String, List<Game>> open = new HashMap<>();
        for (Game g : sorted) {
            String key = pairKey(g.home(), g.away());
            List<Game> last = open.get(key);
            if (series && last != null && last.size() < perSeries && last.get(0).home().equals(g.home())
                    && !g.date().isAfter(last.get(last.size() - 1).date().plusDays(2))) {
                last.add(g);
            } else {
                List<Game> m = new ArrayList<>(List.of(g));
                meetings.add(m);
                open.put(key, m);
            }
        }
        return meetings;
    }

    /** The slot dates inside the neighbourhood and the sport's window: play dates, or series weeks. */
    private static List<LocalDate> openDates(Season season, Sport sport, Neighbourhood free, boolean series) {
        List<LocalDate> out = new ArrayList<>();
        if (series) {
            for (LocalDate week : season.seriesWeeks(sport)) {
                if (free.admits(week) || free.admits(week.plusDays(6))) {
                    out.add(week);
                }
            }
            return out;
        }
        Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        days.addAll(sport.window().defaultDays());
        sport.window().teamDays().values().forEach(days::addAll);
        for (LocalDate d = sport.window().from(); !d.isAfter(sport.window().to()); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek()) && free.admits(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Where a free meeting falls in another slot: a single game on the slot's date; a series on the pair's series
     * dates of that week, or, when the week has too few, its own days shifted by whole weeks.
     */
    private static SlotDates datesIn(Season season, Sport sport, List<Game> meeting, LocalDate slot, LocalDate own,
                                     boolean series) {
        if (!series) {
            return new SlotDates(List.of(slot));
        }
        List<LocalDate> d = season.seriesDates(sport, meeting.get(0).home(), meeting.get(0).away(), slot);
        if (d.size() == meeting.size()) {
            return new SlotDates(d);
        }
        long shift = ChronoUnit.DAYS.between(own, slot);
        return new SlotDates(meeting.stream().map(g -> g.date().plusDays(shift)).toList());
    }

    private static LocalDate slotDate(LocalDate d, boolean series) {
        return series ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : d;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
