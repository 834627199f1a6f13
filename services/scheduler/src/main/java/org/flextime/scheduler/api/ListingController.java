package org.flextime.scheduler.api;

import java.util.Set;
import java.util.regex.Pattern;
import org.flextime.contracts.api.JobStates;
import org.flextime.contracts.api.JobView;
import org.flextime.contracts.api.Page;
import org.flextime.contracts.api.ScheduleListItem;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.scheduler.persistence.Cursor;
import org.flextime.scheduler.editing.EditorialStatus;
import org.flextime.scheduler.persistence.Listings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /api/v1/schedules} and {@code GET /api/v1/jobs}: filtered by season, sport and state (schedules also by
 * editorial {@code status}), newest first, a
 * page at a time ({@code limit}, at most {@value #MAX_LIMIT}); the answer's {@code next} link (also a {@code Link}
 * header) carries the opaque cursor and the same filters. A filter that cannot match anything by its form is a 422
 * naming the parameter.
 */
@RestController
@RequestMapping("/api/v1")
class ListingController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** The states a schedule is in. */
    static final Set<String> SCHEDULE_STATES = Set.of("draft", "final");
    static final Set<String> JOB_STATES = Set.of(JobStates.QUEUED, JobStates.RUNNING, JobStates.COMPENSATING, JobStates.COMPLETED,
            JobStates.FAILED, JobStates.CANCELLED);
    private static final Pattern SEASON = Pattern.compile("[A-Za-z0-9:_.-]{1,80}");
    private static final Pattern SPORT = Pattern.compile("[A-Za-z]{1,16}");

    private final Listings listings;

    ListingController(Listings listings) {
        this.listings = listings;
    }

    /** Schedules, newest first. */
    @GetMapping("/schedules")
    ResponseEntity<Page<ScheduleListItem>> schedules(@RequestParam(required = false) String season,
                                                     @RequestParam(required = false) String sport,
                                                     @RequestParam(required = false) String state,
                                                     @RequestParam(required = false) String status,
                                                     @RequestParam(required = false) String limit,
                                                     @RequestParam(required = false) String cursor) {
        Listings.Filter filter = filter(season, sport, state, SCHEDULE_STATES);
        if (status != null) {
            EditorialStatus editorial = EditorialStatus.parse(status).orElseThrow(() -> new InvalidFieldException("status",
                    "status must be one of draft, review, published, not '" + status + "'", 422));
            filter = new Listings.Filter(filter.season(), filter.sport(), filter.state(), editorial.id());
        }
        int size = limit(limit);
        Listings.Rows<ScheduleListItem> rows = listings.schedules(filter, cursor(cursor), size);
        return page("/api/v1/schedules", filter, size, rows);
    }

    /** Jobs, newest first. */
    @GetMapping("/jobs")
    ResponseEntity<Page<JobView>> jobs(@RequestParam(required = false) String season,
                                       @RequestParam(required = false) String sport,
                                       @RequestParam(required = false) String state,
                                       @RequestParam(required = false) String limit,
                                       @RequestParam(required = false) String cursor) {
        Listings.Filter filter = filter(season, sport, state, JOB_STATES);
        int size = limit(limit);
        Listings.Rows<JobView> rows = listings.jobs(filter, cursor(cursor), size);
        return page("/api/v1/jobs", filter, size, rows);
    }

    private static <T> ResponseEntity<Page<T>> page(String path, Listings.Filter filter, int limit, Listings.Rows<T> rows) {
        if (rows.next() == null) {
            return ResponseEntity.ok(new Page<>(rows.items(), null, null));
        }
        String token = rows.next().encode();
        String next = UriComponentsBuilder.fromPath(path).queryParamIfPresent("season", java.util.Optional.ofNullable(filter.season()))
                .queryParamIfPresent("sport", java.util.Optional.ofNullable(filter.sport()))
                .queryParamIfPresent("state", java.util.Optional.ofNullable(filter.state()))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
                .queryParam("limit", limit).queryParam("cursor", token).encode().build().toUriString();
        return ResponseEntity.ok().header("Link", "<" + next + ">; rel=\"next\"").body(new Page<>(rows.items(), token, next));
    }

    private static Listings.Filter filter(String season, String sport, String state, Set<String> states) {
        if (season != null && !SEASON.matcher(season).matches()) {
            throw new InvalidFieldException("season", "season must be a season id such as 2025-26 or robinx:NAME, not '" + season + "'", 422);
        }
        if (sport != null && !SPORT.matcher(sport).matches()) {
            throw new InvalidFieldException("sport", "sport must be a sport code such as MBB, not '" + sport + "'", 422);
        }
        if (state != null && !states.contains(state)) {
            throw new InvalidFieldException("state", "state must be one of " + String.join(", ", new java.util.TreeSet<>(states))
                    + ", not '" + state + "'", 422);
        }
        return new Listings.Filter(season, sport == null ? null : sport.toUpperCase(java.util.Locale.ROOT), state);
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidFieldException("limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limit + "'", 422);
    }

    private static Cursor cursor(String token) {
        if (token == null) {
            return null;
        }
        try {
            return Cursor.decode(token);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("cursor", e.getMessage(), 422);
        }
    }
}
