package dev.inkstone.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

/** Which failures are the database going away (503 with Retry-After) and which are not. */
@DatabaseIndependent
class DatabaseOutageTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            generic    | 57P01 | true
            generic    | 57P02 | true
            generic    | 57P03 | true
            generic    | 08006 | true
            generic    | 08003 | true
            generic    | 90067 | true
            generic    | 42P01 | false
            generic    | 22001 | false
            constraint | 23505 | false
            connection | 08001 | true
            transient  |       | true
            """)
    void tellsALostConnectionFromABadStatement(String wrapper, String state, boolean outage) {
        SQLException cause = new SQLException("terminating connection due to administrator command", state);
        RuntimeException thrown = switch (wrapper) {
            case "generic" -> new GenericJDBCException("could not execute statement", cause);
            case "constraint" -> new ConstraintViolationException("duplicate", cause, "uq_post_slug");
            case "connection" -> new JDBCConnectionException("unable to acquire", cause);
            default -> new IllegalStateException(new SQLTransientConnectionException("pool closed"));
        };
        // As the transaction layer hands it on: wrapped once more.
        assertEquals(outage, DatabaseOutage.causedBy(new RuntimeException("commit failed", thrown)));
    }

    @org.junit.jupiter.api.Test
    void aConnectionThatCannotBeHadIsAnOutageWhateverTheState() {
        SQLException refused = new SQLException("database \"x\" is not currently accepting connections", "55000");
        assertEquals(true, DatabaseOutage.causedBy(new GenericJDBCException("Unable to acquire JDBC Connection",
                refused)));
        assertEquals(false, DatabaseOutage.causedBy(new GenericJDBCException("could not execute statement",
                refused)));
    }

    @ParameterizedTest
    @CsvSource({ "Acquisition timeout while waiting for new connection, true", "Syntax error, false" })
    void anExhaustedPoolIsAnOutage(String message, boolean outage) {
        assertEquals(outage, DatabaseOutage.causedBy(new SQLException(message)));
    }
}
