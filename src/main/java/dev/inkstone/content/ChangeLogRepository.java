package dev.inkstone.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.inkstone.common.time.Timestamps;

/** SQL over change_counter and change_log (V6__create_change_log.sql); the log has no entity, only rows. */
@ApplicationScoped
public class ChangeLogRepository {

    /** A resource as the log names it. */
    record Entry(ChangeType type, long id) {
    }

    /** What one transaction noted of a resource: whether it deleted it, whether it was public at that time. */
    record Flags(boolean deleted, boolean wasPublic) {

        static final Flags CHANGED = new Flags(false, false);
        static final Flags DELETED = new Flags(true, false);
        static final Flags PUBLIC = new Flags(false, true);

        Flags and(Flags other) {
            return new Flags(deleted || other.deleted, wasPublic || other.wasPublic);
        }
    }

    /**
     * A log row: the latest change of a resource, whether that change deleted it, and whether the resource was ever
     * visible to anonymous readers at one of its logged writes (V15).
     */
    public record Row(ChangeType type, long id, long seq, boolean deleted, boolean wasPublic) {
    }

    /** The counter's state: the last number handed out, and which database's log it counts. */
    public record Counter(long seq, long epoch) {
    }

    private final EntityManager em;
    private final DataSource dataSource;
    private final InstantSource clock;

    ChangeLogRepository(EntityManager em, DataSource dataSource, InstantSource clock) {
        this.clock = clock;
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * Writes one transaction's changes under its sequence number, right before it commits (see ChangeLog). Plain
     * JDBC rather than the EntityManager: Hibernate has already flushed and handed back its connection by then, and
     * a connection it took again would stay open into the commit. In a transaction the pool hands out the
     * connection enlisted in it, so these rows commit or roll back with the content they describe.
     */
    /**
     * Returns the sequence number the changes were written under, or -1 when there were none and no new number was
     * asked for ({@code always}: a change sync does not follow, which still moves the content version).
     */
    long append(Map<Entry, Flags> changes, boolean always) {
        if (changes.isEmpty() && !always) {
            return -1;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("The change log must be written in the transaction of the change");
            }
            long seq = next(connection);
            if (changes.isEmpty()) {
                return seq;
            }
            // Writers reach this point one at a time, so updating a resource's row cannot race another insert. The
            // update keeps was_public once set: a post public once stays one whose removal anonymous clients learn.
            OffsetDateTime now = Timestamps.normalize(clock.instant()).atOffset(ZoneOffset.UTC);
            List<Map.Entry<Entry, Flags>> entries = new ArrayList<>(changes.entrySet());
            int[] updated;
            try (PreparedStatement update = connection.prepareStatement("update change_log set seq = ?, deleted = ?, "
                    + "changed_at = ?, was_public = (was_public or ?) where resource_type = ? and resource_id = ?")) {
                for (Map.Entry<Entry, Flags> change : entries) {
                    update.setLong(1, seq);
                    update.setBoolean(2, change.getValue().deleted());
                    update.setObject(3, now);
                    update.setBoolean(4, change.getValue().wasPublic());
                    update.setString(5, change.getKey().type().wireName());
                    update.setLong(6, change.getKey().id());
                    update.addBatch();
                }
                updated = update.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into change_log (resource_type, "
                    + "resource_id, seq, deleted, changed_at, was_public) values (?, ?, ?, ?, ?, ?)")) {
                boolean any = false;
                for (int i = 0; i < entries.size(); i++) {
                    if (updated[i] != 0) {
                        continue;
                    }
                    Map.Entry<Entry, Flags> change = entries.get(i);
                    insert.setString(1, change.getKey().type().wireName());
                    insert.setLong(2, change.getKey().id());
                    insert.setLong(3, seq);
                    insert.setBoolean(4, change.getValue().deleted());
                    insert.setObject(5, now);
                    insert.setBoolean(6, change.getValue().wasPublic());
                    insert.addBatch();
                    any = true;
                }
                if (any) {
                    insert.executeBatch();
                }
            }
            return seq;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the change log", e);
        }
    }

    /** Takes the next sequence number; the update locks the counter row until commit (see ChangeLog). */
    private static long next(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update change_counter set seq = seq + 1 where id = 1");
            try (ResultSet row = statement.executeQuery("select seq from change_counter where id = 1")) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public Counter counter() {
        Object[] row = (Object[]) em.createNativeQuery("select seq, epoch from change_counter where id = 1")
                .getSingleResult();
        return new Counter(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * Up to {@code max} rows after the position (seq, type, id), in that order: one range of ix_change_log_seq.
     * {@code liveOnly} leaves tombstones out, for a first sync.
     */
    public List<Row> after(long seq, String type, long id, boolean liveOnly, int max) {
        Query query = em.createNativeQuery("select resource_type, resource_id, seq, deleted, was_public "
                + "from change_log "
                + "where (seq, resource_type, resource_id) > (:seq, :type, :id)"
                + (liveOnly ? " and deleted = false" : "") + " order by seq, resource_type, resource_id")
                .setParameter("seq", seq).setParameter("type", type).setParameter("id", id).setMaxResults(max);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(new Row(ChangeType.fromWire((String) row[0]), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), (Boolean) row[3], (Boolean) row[4]));
        }
        return rows;
    }
}
