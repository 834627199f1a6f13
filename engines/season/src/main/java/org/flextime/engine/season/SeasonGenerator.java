package org.flextime.engine.season;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;

/**
 * Builds a season for one sport from its published format, one job per class: {@link MeetingRounds} decides who
 * meets whom and how often in which round (the circle method, with a seeded search choosing the rounds a partial
 * format keeps by {@link Affinity}: rivalry, travel partners, distance); {@link HomeAwayOrientation} balances home and
 * away ({@link SeriesWeeks} first puts a series sport's rounds where their weeks can hold them); {@link HomeAwayPolish}
 * reorders and flips meetings to the {@link HomeAwayLimits} of the constraint set;
 * {@link SlotCalendar} and {@link GamePlacement} put the rounds on the sport's play dates; {@link GameSheet} numbers
 * the games at their venues.
 *
 * <p>If the polish gets stuck the construction is redrawn, up to a few times, and the best result is kept (the
 * validator reports whatever is left).
 */
public final class SeasonGenerator {
    private static final int POLISH_ATTEMPTS = 8;

    /** The sport's conference games under its default constraint set; see {@link #generate(Season, Sport, ConstraintSet, long)}. */
    public List<Game> generate(Season season, Sport sport, long seed) {
        return generate(season, sport, defaultSet(season, sport), seed);
    }

    /**
     * Generates the sport's conference games to the home and away limits of {@code set}, deterministic for a given
     * seed; ids g001... in date order.
     */
    public List<Game> generate(Season season, Sport sport, ConstraintSet set, long seed) {
        List<String> teams = codes(season, sport);
        List<List<Pairing>> oriented = orientedRounds(season, sport, set, teams, seed);
        List<GamePlacement.PlacedGame> placed = isSeries(sport)
                ? GamePlacement.series(season, sport, teams, oriented)
                : GamePlacement.rounds(season, sport, teams, oriented);
        List<Game> games = GameSheet.number(season, sport, teams, placed);
        GameSheet.checkCounts(sport, teams, games);
        return games;
    }

    /** The draft under the sport's default constraint set; see {@link #draft(Season, Sport, ConstraintSet, long)}. */
    public SeasonDraft draft(Season season, Sport sport, long seed) {
        return draft(season, sport, defaultSet(season, sport), seed);
    }

    /**
     * The same season as {@link #generate(Season, Sport, ConstraintSet, long)} for the seed, before dates are fixed:
     * every meeting with its slot (round or series week) and orientation, and each slot's date. The optimizer starts
     * from it.
     */
    public SeasonDraft draft(Season season, Sport sport, ConstraintSet set, long seed) {
        List<String> teams = codes(season, sport);
        List<List<Pairing>> oriented = orientedRounds(season, sport, set, teams, seed);
        boolean series = isSeries(sport);
        List<LocalDate> slotDates = series ? SlotCalendar.seriesWeeks(season, sport, oriented.size())
                : SlotCalendar.roundDates(season, sport, teams, oriented.size());
        List<SeasonDraft.Meeting> meetings = new ArrayList<>();
        for (int r = 0; r < oriented.size(); r++) {
            for (Pairing g : oriented.get(r)) {
                meetings.add(new SeasonDraft.Meeting(r, teams.get(g.home()), teams.get(g.away())));
            }
        }
        return new SeasonDraft(teams, slotDates, meetings, series);
    }

    private static List<List<Pairing>> orientedRounds(Season season, Sport sport, ConstraintSet set, List<String> teams,
                                                      long seed) {
        int n = teams.size();
        if (n < 2) {
            throw UnsupportedFormatException.of(sport, "needs at least two participants, has " + n);
        }
        HomeAwayLimits limits = HomeAwayLimits.of(set, sport.format().gamesPerSeries());
        Random random = new Random(seed);
        Affinity affinity = Affinity.of(season, sport, teams);
        List<List<Pairing>> oriented = null;
        int leftover = Integer.MAX_VALUE;
        // a fresh construction is cheap, so when the polish gets stuck another draw usually succeeds
        for (int attempt = 0; attempt < POLISH_ATTEMPTS && leftover > 0; attempt++) {
            List<List<Pairing>> drawn = MeetingRounds.draw(sport, n, affinity, random);
            List<List<Pairing>> rounds = isSeries(sport) ? SeriesWeeks.fit(season, sport, teams, drawn) : drawn;
            List<List<Pairing>> candidate = HomeAwayOrientation.orient(n, rounds, random);
            HomeAwayPolish.Polished polished = HomeAwayPolish.improve(limits, n, candidate, random);
            if (polished.penalty() < leftover) {
                leftover = polished.penalty();
                oriented = polished.rounds();
            }
        }
        return oriented;
    }

    private static List<String> codes(Season season, Sport sport) {
        return season.participants(sport).stream().map(Team::code).toList();
    }

    private static boolean isSeries(Sport sport) {
        return sport.format().kind() == Format.Kind.SERIES;
    }

    private static ConstraintSet defaultSet(Season season, Sport sport) {
        return new DefaultRules().forSport(season, sport);
    }
}
