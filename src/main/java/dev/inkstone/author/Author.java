package dev.inkstone.author;

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

/** A public byline: who wrote a post, as readers see it. Holds no e-mail and no credentials (V33__create_author). */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
    @SequenceGenerator(name = "author_seq", sequenceName = "author_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 120)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 20_000)
    public String bio;

    /** Rendered from bio on write and sanitized, like a post's html. */
    @Column(name = "bio_html", length = 100_000)
    public String bioHtml;

    /** An image's id (fk_author_avatar_image, set null when the image goes). */
    @Column(name = "avatar_image_id")
    public Long avatarImageId;

    @Column(length = 2000)
    public String website;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** SEO overrides of the author's page (V46__add_author_seo). */
    @Embedded
    public Seo seo = new Seo();

    @Version
    @Column(nullable = false)
    public Long version;
}
