package org.flextime.scheduler.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flextime.contracts.api.JobView;
import org.flextime.contracts.api.ScheduleListItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Schedules and jobs found again: filtered, newest first, a page at a time. */
@Repository
public class Listings {

    /**
     * What to list: each filter null when not given (sport and season compared exactly, as stored); {@code status}, the
     * editorial status, applies to schedules only.
     */
    public record Filter(String season, String sport, String state, String status) {
        /** No editorial-status filter. */
        public Filter(String season, String sport, String state) {
            this(season, sport, state, null);
        }
    }

    /** A page of rows and the cursor after its last row (null when no row follows). */
    public record Rows<T>(List<T> items, Cursor next) {
    }

    private static final String SCHEDULE_ROW = "SELECT id, sport, season, state, games, job_id, created_at, updated_at, status, version FROM schedule";

    private final JdbcTemplate jdbc;
    private final Jobs jobs;

    /** Listings over the scheduler's tables. */
    public Listings(JdbcTemplate jdbc, Jobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** Schedules matching the filter, newest first, after the cursor (null: from the newest). */
    public Rows<ScheduleListItem> schedules(Filter filter, Cursor after, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, after, args);
        args.add(limit + 1);
        List<ScheduleListItem> rows = jdbc.query(SCHEDULE_ROW + where + " ORDER BY created_at DESC, id DESC LIMIT ?", Listings::item,
                args.toArray());
        return page(rows, limit, r -> new Cursor(r.createdAt(), r.id()));
    }

    /** Jobs matching the filter, newest first, after the cursor (null: from the newest). */
    public Rows<JobView> jobs(Filter filter, Cursor after, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, after, args);
        args.add(limit + 1);
        List<JobView> rows = jdbc.query("SELECT * FROM job" + where + " ORDER BY created_at DESC, id DESC LIMIT ?", jobs::view,
                args.toArray());
        return page(rows, limit, r -> new Cursor(r.createdAt(), r.id()));
    }

    /** One schedule's listing row: what the exports stamp their files with. */
    public Optional<ScheduleListItem> schedule(String id) {
        return jdbc.query(SCHEDULE_ROW + " WHERE id = ?", Listings::item, id).stream().findFirst();
    }

    private static ScheduleListItem item(ResultSet rs, int row) throws SQLException {
        return new ScheduleListItem(rs.getString("id"), rs.getString("sport"), rs.getString("season"), rs.getString("state"),
                rs.getInt("games"), rs.getString("job_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("status"), rs.getInt("version"));
    }

    private static String where(Filter filter, Cursor after, List<Object> args) {
        List<String> terms = new ArrayList<>();
        if (filter.season() != null) {
            terms.add("season = ?");
            args.add(filter.season());
        }
        if (filter.sport() != null) {
            terms.add("sport = ?");
            args.add(filter.sport());
        }
        if (filter.state() != null) {
            terms.add("state = ?");
            args.add(filter.state());
        }
        if (filter.status() != null) {
            terms.add("status = ?");
            args.add(filter.status());
        }
        if (after != null) {
            Timestamp at = Timestamp.from(after.createdAt());
            terms.add("(created_at < ? OR (created_at = ? AND id < ?))");
            args.add(at);
            args.add(at);
            args.add(after.id());
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static <T> Rows<T> page(List<T> rows, int limit, java.util.function.Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Rows<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Rows<>(List.copyOf(items), cursorOf.apply(items.get(items.size() - 1)));
    }
}
