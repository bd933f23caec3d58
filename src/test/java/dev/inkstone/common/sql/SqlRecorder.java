package dev.inkstone.common.sql;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** Test-only: remembers the SQL Hibernate sends while recording is on, so tests can EXPLAIN the real queries. */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlRecorder implements StatementInspector {

    private final List<String> recorded = new ArrayList<>();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (recorded) {
                recorded.add(sql);
            }
        }
        return sql;
    }

    /** Runs the action and returns the SQL statements it caused. */
    public List<String> during(Runnable action) {
        synchronized (recorded) {
            recorded.clear();
        }
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }
}
