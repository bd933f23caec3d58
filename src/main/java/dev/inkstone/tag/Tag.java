package dev.inkstone.tag;

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

/** A free-form label; posts carry many of them. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
    @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Embedded
    public Seo seo = new Seo();

    @Version
    @Column(nullable = false)
    public Long version;
}
