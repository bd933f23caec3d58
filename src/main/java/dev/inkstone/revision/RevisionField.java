package dev.inkstone.revision;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.inkstone.post.PostStatus;
import dev.inkstone.seo.SeoInput;

/** The fields revisions follow, by wire name; tags and categories compare by id, so a renamed tag is no change. */
enum RevisionField {
    TITLE("title", RevisionSnapshot::title),
    SLUG("slug", RevisionSnapshot::slug),
    STATUS("status", RevisionSnapshot::status),
    PUBLISHED_AT("publishedAt", RevisionSnapshot::publishedAt),
    MARKDOWN("markdown", RevisionSnapshot::markdown),
    EXCERPT("excerpt", RevisionSnapshot::excerpt),
    FEATURED_IMAGE("featuredImage", RevisionSnapshot::featuredImage),
    TAGS("tags", RevisionSnapshot::tags),
    CATEGORIES("categories", RevisionSnapshot::categories),
    SEO("seo", RevisionSnapshot::seo),
    AUTHORS("authors", RevisionSnapshot::authors);

    final String wire;
    final Function<RevisionSnapshot, Object> value;

    RevisionField(String wire, Function<RevisionSnapshot, Object> value) {
        this.wire = wire;
        this.value = value;
    }

    /** A field of one value (the diff shows it as text), not the markdown (a line diff) or a list. */
    boolean single() {
        return this != MARKDOWN && this != TAGS && this != CATEGORIES && this != AUTHORS;
    }

    /** A single value as text; PostStatus by its wire name, instants in ISO-8601. */
    String text(RevisionSnapshot snapshot) {
        Object value = this.value.apply(snapshot);
        if (value instanceof SeoInput seo) {
            return seoText(seo);
        }
        return value == null ? null : value instanceof PostStatus status ? status.wireName() : value.toString();
    }

    /** The SEO fields that are set, one "name: value" line each, so a diff reads like the JSON a client sent. */
    private static String seoText(SeoInput seo) {
        StringBuilder text = new StringBuilder();
        line(text, "title", seo.title());
        line(text, "description", seo.description());
        line(text, "canonicalUrl", seo.canonicalUrl());
        line(text, "ogImage", seo.ogImage());
        line(text, "noindex", seo.noindex());
        return text.toString();
    }

    private static void line(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : "\n").append(name).append(": ").append(value);
        }
    }

    /** The tags, categories or authors of a snapshot, for TAGS, CATEGORIES and AUTHORS. */
    @SuppressWarnings("unchecked")
    List<RevisionSnapshot.Term> terms(RevisionSnapshot snapshot) {
        List<RevisionSnapshot.Term> terms = (List<RevisionSnapshot.Term>) value.apply(snapshot);
        return terms == null ? List.of() : terms;
    }

    boolean differs(RevisionSnapshot a, RevisionSnapshot b) {
        return !Objects.equals(key(a), key(b));
    }

    private Object key(RevisionSnapshot snapshot) {
        // An old snapshot's unknown byline (null) compares as none.
        Object value = this == AUTHORS ? terms(snapshot) : this.value.apply(snapshot);
        return value instanceof List<?> terms
                ? terms.stream().map(term -> ((RevisionSnapshot.Term) term).id()).toList() : value;
    }

    /** Wire names of the fields that differ, in document order. */
    static List<String> changed(RevisionSnapshot a, RevisionSnapshot b) {
        return Arrays.stream(values()).filter(field -> field.differs(a, b)).map(field -> field.wire).toList();
    }
}
