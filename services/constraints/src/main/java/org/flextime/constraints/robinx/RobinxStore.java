package org.flextime.constraints.robinx;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Imported RobinX instances and their solutions in this service's schema; rows are only ever inserted. */
public class RobinxStore {

    /** An instance as stored: its JSON document (see {@link RobinxInstances.Stored}) and that document's hash. */
    public record InstanceRow(String id, String name, String document, String contentHash, Instant createdAt) {
    }

    /** A solution as stored: the RobinX XML with its scores filled in, and the scoring result as JSON. */
    public record SolutionRow(String id, String instanceId, int setVersion, long infeasibility, long objective, String solutionXml,
                              String result, Instant createdAt) {
    }

    private static final RowMapper<InstanceRow> INSTANCES = (rs, i) -> new InstanceRow(rs.getString("id"), rs.getString("name"),
            rs.getString("document"), rs.getString("content_hash"), rs.getTimestamp("created_at").toInstant());
    private static final RowMapper<SolutionRow> SOLUTIONS = (rs, i) -> new SolutionRow(rs.getString("id"), rs.getString("instance_id"),
            rs.getInt("set_version"), rs.getLong("infeasibility"), rs.getLong("objective"), rs.getString("solution_xml"),
            rs.getString("result"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    /** A store over the service's data source. */
    public RobinxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an instance; a second one with the same id fails on the primary key. */
    public void insertInstance(String id, String name, String document, String hash) {
        jdbc.update("INSERT INTO robinx_instance (id, name, document, content_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                id, name, document, hash, Timestamp.from(Instant.now()));
    }

    /** The instance with this id. */
    public Optional<InstanceRow> instance(String id) {
        return jdbc.query("SELECT * FROM robinx_instance WHERE id = ?", INSTANCES, id).stream().findFirst();
    }

    /** Every instance, by id. */
    public List<InstanceRow> instances() {
        return jdbc.query("SELECT * FROM robinx_instance ORDER BY id", INSTANCES);
    }

    /** Inserts a scored solution. */
    public void insertSolution(SolutionRow row) {
        jdbc.update("INSERT INTO robinx_solution (id, instance_id, set_version, infeasibility, objective, solution_xml, result, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.id(), row.instanceId(), row.setVersion(), row.infeasibility(), row.objective(),
                row.solutionXml(), row.result(), Timestamp.from(row.createdAt()));
    }

    /** One solution of an instance. */
    public Optional<SolutionRow> solution(String instanceId, String id) {
        return jdbc.query("SELECT * FROM robinx_solution WHERE instance_id = ? AND id = ?", SOLUTIONS, instanceId, id).stream().findFirst();
    }

    /** The solutions of an instance, oldest first. */
    public List<SolutionRow> solutions(String instanceId) {
        return jdbc.query("SELECT * FROM robinx_solution WHERE instance_id = ? ORDER BY created_at, id", SOLUTIONS, instanceId);
    }
}
