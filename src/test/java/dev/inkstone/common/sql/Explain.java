package dev.inkstone.common.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

/**
 * Test-only: the plan a database makes for a statement. On PostgreSQL sequential scans are switched off for it (a tiny
 * test table would otherwise be scanned whatever its indexes), then back on before the connection returns to the pool.
 */
public final class Explain {

    private Explain() {
    }

    /** The plan's text, one line per row; {@code parameters} bind the statement's {@code ?}s in order. */
    public static String plan(DataSource dataSource, boolean postgres, String query, List<String> parameters)
            throws SQLException {
        try (Connection connection = dataSource.getConnection(); var settings = connection.createStatement()) {
            if (postgres) {
                settings.execute("set enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + query)) {
                for (int i = 0; i < parameters.size(); i++) {
                    explain.setString(i + 1, parameters.get(i));
                }
                StringBuilder plan = new StringBuilder();
                try (var rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                if (postgres) {
                    settings.execute("reset enable_seqscan");
                }
            }
        }
    }
}
