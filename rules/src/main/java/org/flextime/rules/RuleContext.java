package org.flextime.rules;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/**
 * What rules read besides the games: the season and the sport, and calendar answers the season computes
 * (cached per compiled set, because the same pairings are asked about again on every validation).
 */
public final class RuleContext {

    private final Season season;
    private final Sport sport;
    private final Map<String, Set<LocalDate>> matchDates = new ConcurrentHashMap<>();
    /** Per team, the last list of games {@link #meetings} / {@link #sequence} answered for, and the answer (memoizing only). */
    private final Map<String, Memo> meetingsMemo;
    private final Map<String, Memo> sequenceMemo;

    private record Memo(List<Game> games, Object value) {
    }

    /** The context of one sport of a season. */
    public RuleContext(Season season, Sport sport) {
        this(season, sport, false);
    }

    private RuleContext(Season season, Sport sport, boolean memoizing) {
        this.season = season;
        this.sport = sport;
        this.meetingsMemo = memoizing ? new ConcurrentHashMap<>() : null;
        this.sequenceMemo = memoizing ? new ConcurrentHashMap<>() : null;
    }

    /**
     * A context that remembers, per team, the meetings and sequence of the last list of games it was asked about and
     * answers again from memory when asked about the very same list object: for callers that pass each team's games
     * as an immutable list and evaluate several rules on it (the optimizer). Never for lists changed in place.
     */
    public RuleContext memoizing() {
        return new RuleContext(season, sport, true);
    }

    /** The season. */
    public Season season() {
        return season;
    }

    /** The sport. */
    public Sport sport() {
        return sport;
    }

    /** The dates the two teams may meet on ({@link Season#matchDates}), cached. */
    public Set<LocalDate> matchDates(String home, String away) {
        return matchDates.computeIfAbsent(home + "|" + away, k -> Set.copyOf(season.matchDates(sport, home, away)));
    }

    /**
     * A team's meetings per opponent, opponents in alphabetical order. In series formats consecutive games
     * at the same host within two days form one meeting (a series), so a series counts once.
     */
    @SuppressWarnings("unchecked")
    public Map<String, List<List<Game>>> meetings(String team, List<Game> games) {
        if (meetingsMemo != null) {
            Memo m = meetingsMemo.get(team);
            if (m != null && m.games() == games) {
                return (Map<String, List<List<Game>>>) m.value();
            }
            Map<String, List<List<Game>>> value = computeMeetings(team, games);
            meetingsMemo.put(team, new Memo(games, value));
            return value;
        }
        return computeMeetings(team, games);
    }

    private Map<String, List<List<Game>>> computeMeetings(String team, List<Game> games) {
        Map<String, List<List<Game>>> meetings = new TreeMap<>();
        boolean series = sport.format().kind() == Format.Kind.SERIES;
        int perSeries = Math.max(1, sport.format().gamesPerSeries());
        for (Game g : games) {
            List<List<Game>> list = meetings.computeIfAbsent(g.opponentOf(team), k -> new ArrayList<>());
            List<Game> last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (series && last != null && last.size() < perSeries && last.get(0).home().equals(g.home())
                    && !g.date().isAfter(last.get(last.size() - 1).date().plusDays(2))) {
                last.add(g);
            } else {
                list.add(new ArrayList<>(List.of(g)));
            }
        }
        return meetings;
    }

    /**
     * A team's games (in date order) cut into consecutive meetings: in series formats the games of one series
     * (the same two teams at the same host, each within two days of the previous one, up to the series length)
     * are one meeting, otherwise every game is its own meeting. Rules that count "in a row" or rest between
     * meetings read this.
     */
    public List<List<Game>> sequence(List<Game> games) {
        return computeSequence(games);
    }

    /** {@link #sequence(List)} of one team's games, remembered per team by a {@link #memoizing} context. */
    @SuppressWarnings("unchecked")
    public List<List<Game>> sequence(String team, List<Game> games) {
        if (sequenceMemo == null) {
            return computeSequence(games);
        }
        Memo m = sequenceMemo.get(team);
        if (m != null && m.games() == games) {
            return (List<List<Game>>) m.value();
        }
        List<List<Game>> value = computeSequence(games);
        sequenceMemo.put(team, new Memo(games, value));
        return value;
    }

    private List<List<Game>> computeSequence(List<Game> games) {
        List<List<Game>> out = new ArrayList<>();
        boolean series = sport.format().kind() == Format.Kind.SERIES;
        int perSeries = Math.max(1, sport.format().gamesPerSeries());
        for (Game g : games) {
            List<Game> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (series && last != null && last.size() < perSeries && last.get(0).home().equals(g.home())
                    && last.get(0).away().equals(g.away()) && !g.date().isAfter(last.get(last.size() - 1).date().plusDays(2))) {
                last.add(g);
            } else {
                out.add(new ArrayList<>(List.of(g)));
            }
        }
        return out;
    }

    /** "Tuesday". */
    public static String dayName(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "g042 BYU at KU". */
    public static String label(Game g) {
        return g.id() + " " + g.away() + " at " + g.home();
    }

    /** Labels joined with commas. */
    public static String labels(List<Game> games) {
        return String.join(", ", games.stream().map(RuleContext::label).toList());
    }

    /** The ids of the games. */
    public static List<String> ids(List<Game> games) {
        return games.stream().map(Game::id).toList();
    }
}
