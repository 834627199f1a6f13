package org.flextime.scheduler.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.flextime.domain.Game;
import org.flextime.domain.Team;

/**
 * What every export reads: a schedule's identity, its games in date order and the season's schools by code (empty
 * for an imported RobinX instance, whose teams are abstract: no campus, no time zone).
 *
 * @param sportName the sport's name as people read it ("Men's Basketball")
 * @param updatedAt when the schedule last changed: the calendar's DTSTAMP, so an unchanged schedule exports the same
 */
public record ScheduleDocument(String scheduleId, String season, String sport, String sportName, String state,
                               Instant updatedAt, List<Game> games, Map<String, Team> schools, Map<String, Integer> revisions) {

    /** Copies the lists. */
    public ScheduleDocument {
        games = List.copyOf(games);
        schools = Map.copyOf(schools);
        revisions = Map.copyOf(revisions);
    }

    /** A schedule none of whose games was changed since it was generated. */
    public ScheduleDocument(String scheduleId, String season, String sport, String sportName, String state, Instant updatedAt,
                            List<Game> games, Map<String, Team> schools) {
        this(scheduleId, season, sport, sportName, state, updatedAt, games, schools, Map.of());
    }

    /** How many times the game was changed since it was generated (a calendar's SEQUENCE): 0 if never. */
    public int revision(String gameId) {
        return revisions.getOrDefault(gameId, 0);
    }

    /** The school with this code, when the season knows it. */
    public Optional<Team> school(String code) {
        return Optional.ofNullable(schools.get(code));
    }

    /** Every team that plays in the schedule, sorted by code. */
    public List<String> teams() {
        TreeSet<String> teams = new TreeSet<>();
        for (Game g : games) {
            teams.add(g.home());
            teams.add(g.away());
        }
        return List.copyOf(teams);
    }

    /** The same schedule with only the games the team plays. */
    public ScheduleDocument forTeam(String team) {
        return new ScheduleDocument(scheduleId, season, sport, sportName, state, updatedAt,
                games.stream().filter(g -> g.involves(team)).toList(), schools, revisions);
    }

    /** The school's name for a code ("Kansas"), or the code when the season has no such school. */
    public String name(String code) {
        return school(code).map(Team::school).orElse(code);
    }
}
