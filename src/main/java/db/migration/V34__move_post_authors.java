package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import dev.inkstone.common.text.Slugs;

/**
 * Turns the free-text {@code post.author} (V10) into author records: one per distinct name (after trimming), slugged
 * from the name by the same rules as tags (Slugs), a slug two names share numbered -2, -3…; each post gets its author
 * in post_author; then the column goes. Java rather than SQL because those slug rules (Unicode letters of any script,
 * lower case, the fallback for names with no letters) are Java code, and SQL in both H2 and PostgreSQL cannot repeat
 * them. A name is not split on commas: "Smith, John" is one person as often as "A, B" is two.
 */
public class V34__move_post_authors extends BaseJavaMigration {

    /** author.slug and author.name widths (V33). */
    private static final int SLUG_MAX = 120;
    private static final int NAME_MAX = 200;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Map<String, List<Long>> postsByName = new LinkedHashMap<>();
        Map<String, OffsetDateTime> firstByName = new LinkedHashMap<>();
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, author, created_at from post where author is not null order by id")) {
            while (rows.next()) {
                String name = rows.getString(2).strip();
                if (name.isEmpty()) {
                    continue;
                }
                postsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(rows.getLong(1));
                OffsetDateTime created = rows.getObject(3, OffsetDateTime.class);
                firstByName.merge(name, created, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Set<String> taken = existingSlugs(db);
        try (PreparedStatement nextId = db.prepareStatement("select nextval('author_seq')");
                PreparedStatement author = db.prepareStatement("insert into author (id, slug, name, created_at, "
                        + "updated_at, version) values (?, ?, ?, ?, ?, 1)");
                PreparedStatement byline = db.prepareStatement(
                        "insert into post_author (post_id, author_id, position) values (?, ?, 0)")) {
            for (Map.Entry<String, List<Long>> entry : postsByName.entrySet()) {
                long id;
                try (ResultSet next = nextId.executeQuery()) {
                    next.next();
                    id = next.getLong(1);
                }
                String name = entry.getKey();
                author.setLong(1, id);
                author.setString(2, unique(Slugs.slugifyOrFallback(name, "author"), taken));
                author.setString(3, name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name);
                author.setObject(4, firstByName.get(name));
                author.setObject(5, firstByName.get(name));
                author.executeUpdate();
                for (Long post : entry.getValue()) {
                    byline.setLong(1, post);
                    byline.setLong(2, id);
                    byline.addBatch();
                }
                byline.executeBatch();
            }
        }
        try (Statement drop = db.createStatement()) {
            drop.execute("alter table post drop column author");
        }
    }

    private static Set<String> existingSlugs(Connection db) throws SQLException {
        Set<String> slugs = new HashSet<>();
        try (Statement select = db.createStatement(); ResultSet rows = select.executeQuery("select slug from author")) {
            while (rows.next()) {
                slugs.add(rows.getString(1));
            }
        }
        return slugs;
    }

    /** The slug, or the first of slug-2, slug-3… no author has yet (cut so the suffix fits the column). */
    static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            String suffix = "-" + n;
            String base = slug.length() + suffix.length() > SLUG_MAX ? slug.substring(0, SLUG_MAX - suffix.length())
                    : slug;
            candidate = base.replaceAll("-+$", "") + suffix;
        }
        return candidate;
    }
}
