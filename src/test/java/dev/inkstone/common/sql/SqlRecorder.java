package dev.inkstone.common.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/** Test-only: remembers the SQL Hibernate sends while recording is on, so tests can EXPLAIN the real queries. */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlRecorder implements StatementInspector {

    /**
     * Statements of the background lanes a write sets off on their own threads, which may run while a request is
     * recorded: the content clock's, the search indexer's reading the change log, the webhook dispatcher's, the
     * instance heartbeat's.
     */
    private static final Pattern BACKGROUND = Pattern.compile("change_log|change_counter|min\\(|app_instance|webhook");

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

    /** How many of the statements are not the background lanes'. */
    public static int foreground(List<String> statements) {
        return (int) statements.stream().filter(sql -> !BACKGROUND.matcher(sql).find()).count();
    }
}
