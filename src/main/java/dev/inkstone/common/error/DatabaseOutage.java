package dev.inkstone.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means the database went away rather than that the request was wrong: a connection refused,
 * dropped or terminated mid-request. Hibernate wraps a connection killed under a running statement (PostgreSQL's
 * "terminating connection due to administrator command") in a GenericJDBCException, so the SQL state decides.
 */
final class DatabaseOutage {

    /**
     * SQL states of a lost connection besides class 08 (connection exception): PostgreSQL's admin, crash and
     * cannot-connect-now shutdowns (57P01-57P03); H2's connection broken (90067) and database closed (90098, 90121).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable e) {
        if (ProblemMapper.find(e, JDBCConnectionException.class) != null
                || ProblemMapper.find(e, SQLTransientConnectionException.class) != null) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // No connection could be had at all (the database refuses them, whatever the SQL state says why).
            if (t instanceof JDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                // Agroal reports an exhausted or unreachable pool as a plain SQLException with this wording.
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
