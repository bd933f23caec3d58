package dev.inkstone.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * A standalone page ("About", "Contact"): written and published like a post, outside post lists, placed in a tree by
 * its parent and ordered for menus. The parent and the featured image are held by id (V29__create_page.sql).
 */
@Entity(name = "Page")
@Table(name = "page")
public class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_seq")
    @SequenceGenerator(name = "page_seq", sequenceName = "page_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 120)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 16)
    @Convert(converter = PageStatusConverter.class)
    public PageStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** publishedAt unless the page is a draft, as for posts. */
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

    /** The parent page's id (fk_page_parent), null for a top-level page. */
    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "menu_order", nullable = false)
    public int menuOrder;

    /** An image's id (fk_page_featured_image). */
    @Column(name = "featured_image_id")
    public Long featuredImageId;

    /** SEO overrides (V44__add_page_authors_and_seo.sql), as posts have them. */
    @Embedded
    public Seo seo = new Seo();

    /** The byline in order (page_author), held by id like a post's: a page of pages loads them in one query. */
    @ElementCollection
    @CollectionTable(name = "page_author", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "author_id", nullable = false)
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Long> authorIds = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public Long version;

    /** Whether anonymous readers may see the page at the given moment. */
    boolean visibleAt(Instant now) {
        return visibleAt != null && !visibleAt.isAfter(now);
    }

    /** The status a reader sees: a scheduled page whose time has come is published. */
    PageStatus effectiveStatus(Instant now) {
        return status == PageStatus.SCHEDULED && visibleAt(now) ? PageStatus.PUBLISHED : status;
    }
}
