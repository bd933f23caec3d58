package dev.inkstone.category;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.inkstone.seo.Seo;

/** A node of the category tree. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 120)
    public String slug;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 2000)
    public String description;

    /** Names in other languages, one per line (see TermAliases); null when there are none. */
    @Column(length = 1100)
    public String aliases;

    @Column(name = "parent_id")
    public Long parentId;

    /** Ids of the ancestors from the root down, "/" for a root; see V2__create_category.sql. */
    @Column(name = "tree_path", nullable = false, length = 512)
    public String treePath;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Embedded
    public Seo seo = new Seo();

    @Version
    @Column(nullable = false)
    public Long version;

    /** Ids of the ancestors, root first. */
    long[] ancestorIds() {
        if (treePath.length() <= 1) {
            return new long[0];
        }
        String[] parts = treePath.substring(1, treePath.length() - 1).split("/");
        long[] ids = new long[parts.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Long.parseLong(parts[i]);
        }
        return ids;
    }

    /** The tree path its children have: the prefix of its whole subtree. */
    String childPath() {
        return treePath + id + "/";
    }
}
