package org.flextime.engine.season;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * One date per slot of the draft: a round's anchor date for single-game sports, the Monday of its week for series
 * sports, spread evenly over the sport's window.
 */
final class SlotCalendar {
    private SlotCalendar() {
    }

    /** The fewest days between two rounds: two when the sport forbids consecutive days, else one. */
    static int roundGap(Sport sport) {
        return sport.forbidsConsecutiveDays() ? 2 : 1;
    }

    /**
     * One date per round. Dates every participant may play are preferred, so a round is played on one day;
     * only if those are too few are the sport's other play days used. A format with matchesPerWeek spreads
     * that many rounds in each 7-day block from the window's start.
     */
    static List<LocalDate> roundDates(Season season, Sport sport, List<String> teams, int count) {
        int gap = roundGap(sport);
        TreeSet<LocalDate> common = null;
        TreeSet<LocalDate> any = new TreeSet<>();
        for (String t : teams) {
            List<LocalDate> dates = season.playDates(sport, t);
            any.addAll(dates);
            if (common == null) {
                common = new TreeSet<>(dates);
            } else {
                common.retainAll(dates);
            }
        }
        any.removeIf(d -> !sport.window().defaultDays().contains(d.getDayOfWeek()));
        List<Integer> perWeek = sport.format().matchesPerWeek();
        if (!perWeek.isEmpty() && perWeek.stream().mapToInt(Integer::intValue).sum() == count) {
            List<LocalDate> out = new ArrayList<>();
            LocalDate blockStart = sport.window().from();
            for (int week = 0; week < perWeek.size(); week++) {
                LocalDate from = blockStart.plusDays(7L * week);
                LocalDate to = from.plusDays(6);
                List<LocalDate> picked = pick(common.subSet(from, true, to, true), any.subSet(from, true, to, true),
                        perWeek.get(week), gap).orElseThrow(() -> UnsupportedFormatException.of(sport,
                        "week starting " + from + " has too few play dates for its matches"));
                if (!out.isEmpty() && !picked.isEmpty()
                        && ChronoUnit.DAYS.between(out.get(out.size() - 1), picked.get(0)) < gap) {
                    throw UnsupportedFormatException.of(sport, "matches of neighbouring weeks fall on consecutive days near " + from);
                }
                out.addAll(picked);
            }
            return out;
        }
        return pick(common, any, count, gap).orElseThrow(() -> UnsupportedFormatException.of(sport,
                count + " rounds do not fit in the window " + sport.window().from() + ".." + sport.window().to()
                        + " with " + (gap - 1) + " free day(s) between rounds"));
    }

    /** Series: the Mondays of the weeks the rounds are played in, one round per week (spread if there are more weeks). */
    static List<LocalDate> seriesWeeks(Season season, Sport sport, int rounds) {
        List<LocalDate> weeks = season.seriesWeeks(sport);
        if (rounds > weeks.size()) {
            throw UnsupportedFormatException.of(sport, rounds + " series rounds do not fit in " + weeks.size() + " weekends");
        }
        return DateSpreader.spread(weeks, rounds, 1).orElseThrow();
    }

    private static Optional<List<LocalDate>> pick(Set<LocalDate> common, Set<LocalDate> any, int count, int gap) {
        Optional<List<LocalDate>> onCommon = DateSpreader.spread(new ArrayList<>(common), count, gap);
        return onCommon.isPresent() ? onCommon : DateSpreader.spread(new ArrayList<>(any), count, gap);
    }
}
