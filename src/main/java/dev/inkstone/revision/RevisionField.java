package dev.inkstone.revision;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.inkstone.post.PostStatus;

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
        return value == null ? null : value instanceof PostStatus status ? status.wireName() : value.toString();
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
