package org.flextime.scheduler.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.contracts.api.ScheduleListItem;
import org.flextime.contracts.api.ScheduleSummary;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.scheduler.editing.ScheduleEditing;
import org.flextime.scheduler.export.Artifact;
import org.flextime.scheduler.export.ExportFormat;
import org.flextime.scheduler.export.RobinxTeams;
import org.flextime.scheduler.export.ScheduleDocument;
import org.flextime.scheduler.export.ScheduleExports;
import org.flextime.scheduler.persistence.Listings;
import org.flextime.scheduler.persistence.Schedules;
import org.flextime.scheduler.problems.InstanceSolver;
import org.flextime.scheduler.problems.RobinxSource;
import org.flextime.scheduler.seasons.SeasonVersion;
import org.flextime.scheduler.seasons.Seasons;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schedules/{id}/export?format=ics|csv|xlsx|robinx|json[&team=KU]}: the schedule's current games
 * as a file to download, for the conference or one team. An unknown format or team is a 422 naming it.
 */
@RestController
@RequestMapping("/api/v1")
class ScheduleExportController {

    private final Listings listings;
    private final ScheduleEditing editing;
    private final Schedules schedules;
    private final Seasons seasons;
    private final RobinxSource robinx;
    private final ScheduleExports exports = new ScheduleExports();

    ScheduleExportController(Listings listings, Schedules schedules, Seasons seasons, RobinxSource robinx, ScheduleEditing editing) {
        this.editing = editing;
        this.listings = listings;
        this.schedules = schedules;
        this.seasons = seasons;
        this.robinx = robinx;
    }

    /** The export, with its media type and a {@code Content-Disposition} file name. */
    @GetMapping("/schedules/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String team) {
        if (format == null || format.isBlank()) {
            throw new InvalidFieldException("format", "format is required; accepted: " + ExportFormat.accepted(), 422);
        }
        ExportFormat chosen = ExportFormat.byId(format).orElseThrow(() -> new InvalidFieldException("format",
                "unknown format '" + format + "'; accepted: " + ExportFormat.accepted(), 422));
        ScheduleListItem row = listings.schedule(id).orElseThrow(() -> new NotFoundException("schedule", id));
        // the season version the schedule was built from: its schools' names and time zones then
        Integer seasonVersion = schedules.find(id).map(ScheduleSummary::seasonVersion).orElse(null);
        Optional<Season> season = (seasonVersion == null ? seasons.current(row.season()) : seasons.version(row.season(), seasonVersion))
                .map(SeasonVersion::season);
        Optional<Sport> sport = season.flatMap(s -> s.sport(row.sport()));
        Map<String, Team> schools = season.map(Season::teams).orElse(Map.of());
        List<Game> games = schedules.games(id).stream().map(g -> new Game(g.id(), g.date(), g.home(), g.away(), g.venue(), GameStarts.parse(g.start()))).toList();
        ScheduleDocument document = new ScheduleDocument(row.id(), row.season(), row.sport(), sport.map(Sport::name).orElse(row.sport()),
                row.state(), row.updatedAt(), games, schools, editing.revisions(id));
        if (team != null && !document.teams().contains(team)) {
            throw new InvalidFieldException("team", "team '" + team + "' plays no game in this schedule; its teams: "
                    + String.join(", ", document.teams()), 422);
        }
        Optional<RobinxTeams> robinxTeams = Optional.empty();
        if (chosen == ExportFormat.ROBINX) {
            if (team != null) {
                throw new InvalidFieldException("team", "a RobinX solution holds the whole schedule; export it without team", 422);
            }
            robinxTeams = Optional.of(sport.map(s -> seasonIds(row, s)).orElseGet(() -> instanceIds(row)));
        }
        Artifact artifact = exports.export(document, chosen, Optional.ofNullable(team), robinxTeams);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, artifact.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(artifact.fileName()).build().toString())
                .body(artifact.content());
    }

    /** A season's round-robin sport: team ids in the season's order of participants, slot 0 the window's first day. */
    private static RobinxTeams seasonIds(ScheduleListItem row, Sport sport) {
        if (sport.format().kind() == Format.Kind.SERIES) {
            throw new InvalidFieldException("format", "RobinX describes round-robin schedules; " + sport.code()
                    + " is played in series", 422);
        }
        return new RobinxTeams("FlexTime " + row.season() + " " + row.sport(), sport.participants(), sport.window().from(),
                matches -> Optional.empty());
    }

    /** An imported RobinX instance: its own ids, and the solution scored against its active constraints. */
    private RobinxTeams instanceIds(ScheduleListItem row) {
        RobinxSource.Problem problem = robinx.find(row.season()).orElseThrow(() -> new InvalidFieldException("format",
                "schedule " + row.id() + " is of season " + row.season() + ", which is neither a season nor an imported RobinX "
                        + "instance", 422));
        return new RobinxTeams(problem.instance().name(), problem.codes(), problem.slotDates().get(0),
                matches -> Optional.of(InstanceSolver.score(problem.instance(), matches)));
    }
}
