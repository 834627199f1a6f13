package org.flextime.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One conference season: the teams (in schools.csv order), the sports with their formats and windows,
 * blackouts, travel partners, the road-trip rule travel is measured by and the cost table it is priced by.
 * All calendar questions (which dates a team or a
 * pairing may play on) are answered here so that generators and validators agree on them.
 */
public record Season(String id, String conference, Map<String, Team> teams, List<Sport> sports,
                     List<Blackout> blackouts, List<List<String>> travelPartners, RoadTripRule roadTrips,
                     TravelCosts travelCosts) {

    /**
     * Copies the collections, keeping the team order; a season without travel data gets the default road-trip rule and
     * the reference cost table.
     */
    public Season {
        Objects.requireNonNull(id, "season id is required");
        roadTrips = roadTrips == null ? RoadTripRule.DEFAULT : roadTrips;
        travelCosts = travelCosts == null ? TravelCosts.REFERENCE : travelCosts;
        teams = Collections.unmodifiableMap(new LinkedHashMap<>(teams));
        sports = List.copyOf(sports);
        blackouts = List.copyOf(blackouts);
        travelPartners = travelPartners.stream().map(List::copyOf).toList();
    }

    /** A season priced by the reference cost table ({@link TravelCosts#REFERENCE}). */
    public Season(String id, String conference, Map<String, Team> teams, List<Sport> sports, List<Blackout> blackouts,
                  List<List<String>> travelPartners, RoadTripRule roadTrips) {
        this(id, conference, teams, sports, blackouts, travelPartners, roadTrips, TravelCosts.REFERENCE);
    }

    /** The same season with only the given sports (its teams, calendar and travel data unchanged). */
    public Season withSports(List<Sport> only) {
        return new Season(id, conference, teams, only, blackouts, travelPartners, roadTrips, travelCosts);
    }

    /** The sport with the given code, e.g. "MBB". */
    public Optional<Sport> sport(String code) {
        return sports.stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }

    /** Whether the two teams are travel partners. */
    public boolean areTravelPartners(String a, String b) {
        return !a.equals(b) && travelPartners.stream().anyMatch(p -> p.contains(a) && p.contains(b));
    }

    /** The blackouts that keep the team from competing on the date. */
    public List<Blackout> blackoutsFor(String team, LocalDate date) {
        return blackouts.stream().filter(b -> b.appliesTo(team, date)).toList();
    }

    /** Whether any blackout keeps the team from competing on the date. */
    public boolean isBlackedOut(String team, LocalDate date) {
        return blackouts.stream().anyMatch(b -> b.appliesTo(team, date));
    }

    /**
     * The dates on which the team may play in the sport: the window's dates on the team's play days (its
     * own days if the data gives them), minus every blackout that applies to the team. For a series sport
     * the window is a run of weekends and the team's series days within each of those weeks count, as far as
     * they fall inside the window.
     */
    public List<LocalDate> playDates(Sport sport, String team) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (sport.format().kind() == Format.Kind.SERIES) {
            for (LocalDate week : seriesWeeks(sport)) {
                Set<DayOfWeek> days = seriesDaysFor(sport, List.of(team), week);
                for (LocalDate d = week; d.isBefore(week.plusDays(7)); d = d.plusDays(1)) {
                    if (days.contains(d.getDayOfWeek()) && sport.window().contains(d) && !isBlackedOut(team, d)) {
                        dates.add(d);
                    }
                }
            }
            return List.copyOf(dates);
        }
        Set<DayOfWeek> days = sport.window().daysFor(team);
        for (LocalDate d = sport.window().from(); !d.isAfter(sport.window().to()); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek()) && !isBlackedOut(team, d)) {
                dates.add(d);
            }
        }
        return List.copyOf(dates);
    }

    /**
     * The dates on which the two teams may meet. A team's own play days win over the defaults (BYU's
     * soccer games are on Thursday or Monday, whoever the opponent), and no blackout of either team may
     * apply. For series sports these are the union of {@link #seriesDates} over the sport's weeks.
     */
    public List<LocalDate> matchDates(Sport sport, String home, String away) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (sport.format().kind() == Format.Kind.SERIES) {
            for (LocalDate week : seriesWeeks(sport)) {
                dates.addAll(seriesDates(sport, home, away, week));
            }
            return List.copyOf(dates);
        }
        Set<DayOfWeek> days = pairDays(sport.window(), List.of(home, away), sport.window().defaultDays());
        for (LocalDate d = sport.window().from(); !d.isAfter(sport.window().to()); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek()) && !isBlackedOut(home, d) && !isBlackedOut(away, d)) {
                dates.add(d);
            }
        }
        return List.copyOf(dates);
    }

    /** Whether the two teams may meet on the date in this sport (see {@link #matchDates}). */
    public boolean isPlayable(Sport sport, String home, String away, LocalDate date) {
        return matchDates(sport, home, away).contains(date);
    }

    /**
     * The Mondays of the weeks in which a series sport plays: every Monday-to-Sunday week that has a
     * default series day inside the window.
     */
    public List<LocalDate> seriesWeeks(Sport sport) {
        Window w = sport.window();
        TreeSet<LocalDate> weeks = new TreeSet<>();
        for (LocalDate d = w.from(); !d.isAfter(w.to()); d = d.plusDays(1)) {
            if (w.defaultDays().contains(d.getDayOfWeek())) {
                weeks.add(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            }
        }
        return List.copyOf(weeks);
    }

    /**
     * The dates of one series between two teams in the week starting on the given Monday, earliest first.
     * Days are, in order of precedence: a team's own series days, the sport's special weekend days
     * ("finalWeekend" for the last week, "easterWeekend" for the week of Western Easter), the default
     * series days. Days outside the sport's window and blacked-out days of either team drop out (BYU's
     * Thursday before a window that opens on Friday is not a series day); if fewer than gamesPerSeries days
     * remain, the series starts earlier in the same week (as the conference moves Easter series to Thursday),
     * then runs later, never out of the window or onto a blacked-out day. If the week still has too few days,
     * the last of them holds the games left (a doubleheader, which the validator reports as two games on a
     * day); no date at all if the week has none.
     */
    public List<LocalDate> seriesDates(Sport sport, String home, String away, LocalDate weekMonday) {
        int needed = Math.max(1, sport.format().gamesPerSeries());
        Set<DayOfWeek> days = seriesDaysFor(sport, List.of(home, away), weekMonday);
        TreeSet<LocalDate> chosen = new TreeSet<>();
        for (LocalDate d = weekMonday; d.isBefore(weekMonday.plusDays(7)); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek()) && open(sport, home, away, d)) {
                chosen.add(d);
            }
        }
        LocalDate cursor = chosen.isEmpty() ? weekMonday.plusDays(5) : chosen.first();
        for (LocalDate d = cursor.minusDays(1); chosen.size() < needed && !d.isBefore(weekMonday); d = d.minusDays(1)) {
            if (open(sport, home, away, d)) {
                chosen.add(d);
            }
        }
        for (LocalDate d = cursor.plusDays(1); chosen.size() < needed && d.isBefore(weekMonday.plusDays(7)); d = d.plusDays(1)) {
            if (open(sport, home, away, d)) {
                chosen.add(d);
            }
        }
        List<LocalDate> dates = new ArrayList<>(chosen.stream().limit(needed).toList());
        while (!dates.isEmpty() && dates.size() < needed) {
            dates.add(dates.get(dates.size() - 1));
        }
        return List.copyOf(dates);
    }

    /** Western (Gregorian) Easter Sunday of the year, by the anonymous Gregorian algorithm. */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private boolean open(Sport sport, String home, String away, LocalDate d) {
        return sport.window().contains(d) && !isBlackedOut(home, d) && !isBlackedOut(away, d);
    }

    private Set<DayOfWeek> seriesDaysFor(Sport sport, List<String> teams, LocalDate weekMonday) {
        Window w = sport.window();
        Set<DayOfWeek> fallback = w.defaultDays();
        List<LocalDate> weeks = seriesWeeks(sport);
        if (!weeks.isEmpty() && weeks.get(weeks.size() - 1).equals(weekMonday)
                && w.specialWeekendDays().containsKey("finalWeekend")) {
            fallback = w.specialWeekendDays().get("finalWeekend");
        } else if (w.specialWeekendDays().containsKey("easterWeekend")
                && easterSunday(weekMonday.getYear()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .equals(weekMonday)) {
            fallback = w.specialWeekendDays().get("easterWeekend");
        }
        return pairDays(w, teams, fallback);
    }

    private static Set<DayOfWeek> pairDays(Window w, List<String> teams, Set<DayOfWeek> fallback) {
        Set<DayOfWeek> own = null;
        for (String t : teams) {
            Set<DayOfWeek> d = w.teamDays().get(t);
            if (d != null) {
                own = own == null ? EnumSet.copyOf(d) : intersect(own, d);
            }
        }
        return own != null ? own : fallback;
    }

    private static Set<DayOfWeek> intersect(Set<DayOfWeek> a, Set<DayOfWeek> b) {
        Set<DayOfWeek> r = a.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(a);
        r.retainAll(b);
        return r;
    }

    /** Teams taking part in a sport as Team records, in schools.csv order. */
    public List<Team> participants(Sport sport) {
        List<Team> out = new ArrayList<>();
        for (Team t : teams.values()) {
            if (sport.hasParticipant(t.code())) {
                out.add(t);
            }
        }
        return out;
    }
}
