package dev.inkstone.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import dev.inkstone.seo.Seo;

/**
 * A blog post. Tags, categories and authors are held by id: the post feature meets them only through their services, and a
 * page of posts loads all its tag, category and author ids in one batched query each.
 */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 120)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 16)
    @Convert(converter = PostStatusConverter.class)
    public PostStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** publishedAt unless the post is a draft; see V3__create_post.sql. */
    @Column(name = "visible_at")
    public Instant visibleAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false, length = 200_000)
    public String markdown;

    @Column(nullable = false, length = 1_000_000)
    public String html;

    @Column(nullable = false, length = 1000)
    public String excerpt;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "reading_minutes", nullable = false)
    public int readingMinutes;

    /** An image's id (fk_post_featured_image); lists filter on its presence. */
    @Column(name = "featured_image_id")
    public Long featuredImageId;

    /** A featured image outside the media library, shown while featuredImageId is null (V38). */
    @Column(name = "featured_image_url", length = 2000)
    public String featuredImageUrl;

    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    /** SEO overrides (V36__add_seo_fields.sql); the og:image is among imageIds, so it cannot be deleted in use. */
    @Embedded
    public Seo seo = new Seo();
    @Version
    @Column(nullable = false)
    public Long version;

    @ElementCollection
    @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag_id", nullable = false)
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Long> tagIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "post_category", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "category_id", nullable = false)
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Long> categoryIds = new ArrayList<>();

    /** The byline in order (post_author); V34 moved the old free-text author column here. */
    @ElementCollection
    @CollectionTable(name = "post_author", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "author_id", nullable = false)
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Long> authorIds = new ArrayList<>();

    /** Every image the post uses, featured or in the markdown (post_image); only image deletion reads it. */
    @ElementCollection
    @CollectionTable(name = "post_image", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "image_id", nullable = false)
    @BatchSize(size = 100)
    public Set<Long> imageIds = new HashSet<>();

    /** Whether anonymous readers may see the post at the given moment. */
    boolean visibleAt(Instant now) {
        return visibleAt != null && !visibleAt.isAfter(now);
    }

    /** The status a reader sees: a scheduled post whose time has come is published. */
    PostStatus effectiveStatus(Instant now) {
        return status == PostStatus.SCHEDULED && visibleAt(now) ? PostStatus.PUBLISHED : status;
    }
}
