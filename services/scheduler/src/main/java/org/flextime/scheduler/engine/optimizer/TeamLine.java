package org.flextime.scheduler.engine.optimizer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flextime.domain.Sport;

/**
 * One team's season in date order, as the constraints see it: its meetings (a series is one meeting) and
 * its games (a series is three). Every per-team rule is a method returning its breaches, so a rule is
 * re-evaluated only for the teams whose meetings a move touched (the group of that team).
 */
public final class TeamLine {
    private final String team;
    private final RuleBook rules;
    private final List<Appearance> meetings;
    private final List<LocalDate> dates = new ArrayList<>();
    private final List<Boolean> home = new ArrayList<>();
    private final List<Integer> meetingOf = new ArrayList<>();

    /** Orders the team's meetings by date (then fixture id, so ties are deterministic). */
    public TeamLine(String team, List<Appearance> appearances) {
        this.team = team;
        this.rules = appearances.get(0).rules();
        List<Appearance> sorted = new ArrayList<>(appearances);
        sorted.sort(Comparator.comparing(Appearance::start).thenComparing(Appearance::fixtureId));
        this.meetings = List.copyOf(sorted);
        for (int m = 0; m < meetings.size(); m++) {
            for (LocalDate d : meetings.get(m).dates()) {
                dates.add(d);
                home.add(meetings.get(m).home());
                meetingOf.add(m);
            }
        }
    }

    /** The team code. */
    public String team() {
        return team;
    }

    // ---------------------------------------------------------------- hard

    /** Two games of the team on one date: penalty = games beyond one. */
    public List<Breach> doubleBookings() {
        List<Breach> out = new ArrayList<>();
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).equals(dates.get(i - 1)) && (i < 2 || !dates.get(i - 2).equals(dates.get(i)))) {
                int j = i;
                while (j < dates.size() && dates.get(j).equals(dates.get(i))) {
                    j++;
                }
                out.add(new Breach("double-booking", team, dates.get(i).toString(), j - i));
            }
        }
        return out;
    }

    /** Games on adjacent days where the sport forbids it: 1 per pair of games. */
    public List<Breach> consecutiveDays() {
        List<Breach> out = new ArrayList<>();
        if (!rules.noConsecutiveDays()) {
            return out;
        }
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i - 1).plusDays(1).equals(dates.get(i))) {
                out.add(new Breach("consecutive-days", team, dates.get(i - 1) + "/" + dates.get(i), 1));
            }
        }
        return out;
    }

    /** Road runs longer than the hard limit (in games): 1 per run, penalty = games beyond the limit. */
    public List<Breach> roadStreaks() {
        return rules.maxRoad() > 0 ? runs(gameRuns(false), rules.maxRoad(), "consecutive-road-games") : List.of();
    }

    /**
     * "Never N road games in W weeks": for every road game, the road games in the W weeks starting on its
     * date; 1 per such window with N or more, penalty = road games beyond N-1.
     */
    public List<Breach> roadWindows() {
        List<Breach> out = new ArrayList<>();
        int limit = rules.roadWindowGames();
        if (limit <= 0) {
            return out;
        }
        for (int i = 0; i < dates.size(); i++) {
            if (home.get(i)) {
                continue;
            }
            LocalDate until = dates.get(i).plusDays(7L * rules.roadWindowWeeks() - 1);
            int road = 0;
            for (int j = i; j < dates.size() && !dates.get(j).isAfter(until); j++) {
                road += home.get(j) ? 0 : 1;
            }
            if (road >= limit) {
                out.add(new Breach("road-games-in-weeks", team, "from " + dates.get(i), road - limit + 1));
            }
        }
        return out;
    }

    /** First and last N games short of home or away games: 1 per end, penalty = games missing. */
    public List<Breach> endsBalance() {
        List<Breach> out = new ArrayList<>();
        if (rules.ends().isEmpty()) {
            return out;
        }
        Sport.EndsBalance e = rules.ends().get();
        int k = Math.min(e.games(), dates.size());
        end(out, "first", 0, k, e);
        end(out, "last", dates.size() - k, dates.size(), e);
        return out;
    }

    private void end(List<Breach> out, String which, int from, int to, Sport.EndsBalance e) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h += home.get(i) ? 1 : 0;
        }
        int missing = Math.max(0, e.minHome() - h) + Math.max(0, e.minAway() - (to - from - h));
        if (missing > 0) {
            out.add(new Breach("first-last-games-balance", team, which, missing));
        }
    }

    /** Home games outside the format's range, or more home series than allowed: penalty = how far off. */
    public List<Breach> homeGames() {
        List<Breach> out = new ArrayList<>();
        int h = (int) home.stream().filter(b -> b).count();
        rules.homeRange().ifPresent(r -> {
            if (!r.contains(h)) {
                out.add(new Breach("home-games", team, h + " home games", h < r.min() ? r.min() - h : h - r.max()));
            }
        });
        if (rules.maxHomeSeries() > 0) {
            int hs = (int) meetings.stream().filter(Appearance::home).count();
            if (hs > rules.maxHomeSeries()) {
                out.add(new Breach("home-games", team, hs + " home series", hs - rules.maxHomeSeries()));
            }
        }
        return out;
    }

    /** Home-and-home legs closer than the hard rule: penalty = games plus days short, seen from this team. */
    public List<Breach> rematchSeparation() {
        return rematches("rematch-separation", rules.rematchGames(), rules.rematchDays());
    }

    // ---------------------------------------------------------------- soft

    /**
     * Miles travelled: from campus to each road meeting; a team stays on the road to its next road meeting
     * if that starts within {@value RuleBook#TRIP_DAYS} days (a road trip), else flies home first; home at the end.
     */
    public long travelMiles() {
        double total = 0;
        String at = team;
        for (int m = 0; m < meetings.size(); m++) {
            Appearance a = meetings.get(m);
            if (a.home()) {
                continue;
            }
            total += rules.miles(at, a.opponent());
            at = a.opponent();
            Appearance next = m + 1 < meetings.size() ? meetings.get(m + 1) : null;
            boolean stay = next != null && !next.home()
                    && ChronoUnit.DAYS.between(a.end(), next.start()) <= RuleBook.TRIP_DAYS;
            if (!stay) {
                total += rules.miles(at, team);
                at = team;
            }
        }
        return Math.round(total);
    }

    /**
     * Weekend (Saturday, Sunday) home games short of the target: the rule's "at least N weekend home games"
     * if the sport has it, else half of the team's weekend games.
     */
    public long weekendHomeShortfall() {
        int weekend = 0;
        int weekendHome = 0;
        for (int i = 0; i < dates.size(); i++) {
            DayOfWeek d = dates.get(i).getDayOfWeek();
            if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
                weekend++;
                weekendHome += home.get(i) ? 1 : 0;
            }
        }
        int target = rules.weekendHomeTarget() >= 0 ? rules.weekendHomeTarget() : weekend / 2;
        return Math.max(0, target - weekendHome);
    }

    /** Home runs (in meetings) beyond the streak limit: 1 per run, penalty = meetings beyond it. */
    public List<Breach> homeStreaks() {
        return runs(meetingRuns(true), rules.streakLimit(), "homeStreak");
    }

    /** Road runs (in meetings) beyond the default limit, for sports whose rules set no hard road limit. */
    public List<Breach> softRoadStreaks() {
        return rules.maxRoad() > 0 ? List.of() : runs(meetingRuns(false), RuleBook.DEFAULT_STREAK, "roadStreak");
    }

    /** Home-and-home legs closer than the soft spacing (games plus days short). */
    public List<Breach> rematchSpacing() {
        return rematches("rematchSpacing", rules.softRematchGames(), rules.softRematchDays());
    }

    /** Meetings with fewer free days between them than the request's minimum: penalty = days short. */
    public List<Breach> restDays() {
        List<Breach> out = new ArrayList<>();
        for (int m = 1; m < meetings.size(); m++) {
            long free = ChronoUnit.DAYS.between(meetings.get(m - 1).end(), meetings.get(m).start()) - 1;
            if (free < rules.minRestDays()) {
                out.add(new Breach("restDays", team, meetings.get(m).start().toString(),
                        rules.minRestDays() - Math.max(0, free)));
            }
        }
        return out;
    }

    /** |home - away| beyond one, for single-game formats (a series format balances series instead). */
    public long homeAwayImbalance() {
        if (rules.series()) {
            return 0;
        }
        int h = (int) home.stream().filter(b -> b).count();
        return Math.max(0, Math.abs(2 * h - dates.size()) - 1);
    }

    // ---------------------------------------------------------------- helpers

    private List<Breach> rematches(String rule, int minGames, int minDays) {
        List<Breach> out = new ArrayList<>();
        if (minGames <= 0 && minDays <= 0) {
            return out;
        }
        Map<String, List<Integer>> firstGame = new HashMap<>();
        int g = 0;
        for (Appearance a : meetings) {
            firstGame.computeIfAbsent(a.opponent(), k -> new ArrayList<>()).add(g);
            g += a.dates().size();
        }
        firstGame.forEach((opp, idx) -> {
            if (idx.size() == 2) {
                int apart = idx.get(1) - idx.get(0);
                long days = ChronoUnit.DAYS.between(dates.get(idx.get(0)), dates.get(idx.get(1)));
                long short_ = Math.max(0, minGames - apart) + Math.max(0, minDays - days);
                if (short_ > 0) {
                    out.add(new Breach(rule, team, "v " + opp, short_));
                }
            }
        });
        out.sort(Comparator.comparing(Breach::detail));
        return out;
    }

    /** Runs of home (or road) games as [start, length]. */
    private List<int[]> gameRuns(boolean atHome) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= home.size(); i++) {
            boolean in = i < home.size() && home.get(i) == atHome;
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(new int[] {start, i - start});
                start = -1;
            }
        }
        return out;
    }

    private List<int[]> meetingRuns(boolean atHome) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= meetings.size(); i++) {
            boolean in = i < meetings.size() && meetings.get(i).home() == atHome;
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(new int[] {start, i - start});
                start = -1;
            }
        }
        return out;
    }

    private List<Breach> runs(List<int[]> runs, int limit, String rule) {
        List<Breach> out = new ArrayList<>();
        for (int[] r : runs) {
            if (r[1] > limit) {
                out.add(new Breach(rule, team, "run from #" + (r[0] + 1), r[1] - limit));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return team + " " + meetings.size() + " meetings";
    }
}
