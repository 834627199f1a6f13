package org.flextime.scheduler.engine.optimizer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;

/**
 * Everything the constraints need to know about one sport's request that does not change while solving:
 * the rules read from the season data (and its rule text), the request's thresholds, campus distances and
 * the companion schedule's home dates. Shared by every fixture; identity equality on purpose, so the
 * constraint streams never compare its contents.
 */
public final class RuleBook {
    private static final double EARTH_RADIUS_MILES = 3958.8;
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");
    private static final String NUM = "(\\d+|" + String.join("|", WORDS) + ")";
    private static final Pattern ROAD_WINDOW = Pattern.compile("never " + NUM + " road games in " + NUM + " weeks");
    private static final Pattern REMATCH = Pattern.compile("at least " + NUM + " games and " + NUM
            + " days apart(?: \\(soft: " + NUM + " games and " + NUM + " days\\))?");
    private static final Pattern WEEKEND_HOME = Pattern.compile("at least " + NUM + " weekend home games");
    /** Days between two road meetings up to which a team stays on the road instead of flying home. */
    static final int TRIP_DAYS = 4;
    /** Soft streak limit where the rules give no road-streak limit. */
    static final int DEFAULT_STREAK = 3;

    private final String sport;
    private final boolean series;
    private final boolean noConsecutiveDays;
    private final int maxRoad;
    private final Sport.EndsBalance ends;
    private final Format.IntRange homeRange;
    private final int maxHomeSeries;
    private final int roadWindowGames;
    private final int roadWindowWeeks;
    private final int rematchGames;
    private final int rematchDays;
    private final int softRematchGames;
    private final int softRematchDays;
    private final int weekendHomeTarget;
    private final int minRestDays;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] miles;
    private final Set<String> companionHomes = new HashSet<>();

    /** Reads the sport's rules and the request's options. */
    public RuleBook(Season season, Sport sport, SolveOptions options) {
        this.sport = sport.code();
        Format f = sport.format();
        this.series = f.kind() == Format.Kind.SERIES;
        this.noConsecutiveDays = sport.forbidsConsecutiveDays();
        this.maxRoad = sport.maxConsecutiveRoadGames().orElse(0);
        this.ends = sport.endsBalance().orElse(null);
        this.homeRange = f.homeGames().orElse(null);
        this.maxHomeSeries = series ? f.maxHomeSeries() : 0;
        String hard = String.join("\n", sport.rules().stream().map(r -> r.toLowerCase(Locale.ROOT))
                .filter(r -> !r.startsWith("soft:")).toList());
        String all = String.join("\n", sport.rules()).toLowerCase(Locale.ROOT);
        Matcher window = ROAD_WINDOW.matcher(hard);
        boolean hasWindow = window.find();
        this.roadWindowGames = hasWindow ? number(window.group(1)) : 0;
        this.roadWindowWeeks = hasWindow ? number(window.group(2)) : 0;
        Matcher rematch = REMATCH.matcher(hard);
        boolean hasRematch = rematch.find();
        this.rematchGames = hasRematch ? number(rematch.group(1)) : 0;
        this.rematchDays = hasRematch ? number(rematch.group(2)) : 0;
        this.softRematchGames = hasRematch && rematch.group(3) != null ? number(rematch.group(3)) : rematchGames;
        this.softRematchDays = hasRematch && rematch.group(4) != null ? number(rematch.group(4)) : rematchDays;
        Matcher weekend = WEEKEND_HOME.matcher(all);
        this.weekendHomeTarget = weekend.find() ? number(weekend.group(1)) : -1;
        this.minRestDays = options.minRestDays();
        List<Team> teams = season.participants(sport);
        miles = new double[teams.size()][teams.size()];
        for (int i = 0; i < teams.size(); i++) {
            index.put(teams.get(i).code(), i);
            for (int j = 0; j < teams.size(); j++) {
                miles[i][j] = haversine(teams.get(i), teams.get(j));
            }
        }
        for (Game g : options.companion()) {
            companionHomes.add(g.home() + "|" + g.date());
        }
    }

    /** Great-circle miles between two campuses. */
    public static double haversine(Team a, Team b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static int number(String text) {
        int w = WORDS.indexOf(text);
        return w >= 0 ? w : Integer.parseInt(text);
    }

    /** Miles between the campuses of two participants. */
    double miles(String a, String b) {
        return miles[index.get(a)][index.get(b)];
    }

    /** Whether the team hosts a game of the companion schedule on the date. */
    boolean companionHome(String team, LocalDate date) {
        return companionHomes.contains(team + "|" + date);
    }

    String sport() {
        return sport;
    }

    boolean series() {
        return series;
    }

    boolean noConsecutiveDays() {
        return noConsecutiveDays;
    }

    int maxRoad() {
        return maxRoad;
    }

    /** The longest home (and, without a hard rule, road) run that costs nothing. */
    int streakLimit() {
        return maxRoad > 0 ? maxRoad : DEFAULT_STREAK;
    }

    Optional<Sport.EndsBalance> ends() {
        return Optional.ofNullable(ends);
    }

    Optional<Format.IntRange> homeRange() {
        return Optional.ofNullable(homeRange);
    }

    int maxHomeSeries() {
        return maxHomeSeries;
    }

    int roadWindowGames() {
        return roadWindowGames;
    }

    int roadWindowWeeks() {
        return roadWindowWeeks;
    }

    int rematchGames() {
        return rematchGames;
    }

    int rematchDays() {
        return rematchDays;
    }

    int softRematchGames() {
        return softRematchGames;
    }

    int softRematchDays() {
        return softRematchDays;
    }

    int weekendHomeTarget() {
        return weekendHomeTarget;
    }

    int minRestDays() {
        return minRestDays;
    }
}
