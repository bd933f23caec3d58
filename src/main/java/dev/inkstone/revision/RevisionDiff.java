package dev.inkstone.revision;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a revision differs from the current post or another revision: single-valued fields as text, tags and
 * categories as lists, the markdown by line.
 */
@Schema(name = "RevisionDiff")
public record RevisionDiff(
        @Schema(examples = "31") long revisionId,
        @Schema(description = "\"current\" or the other revision's id", examples = "current") String against,
        @Schema(description = "The single-valued fields that differ (title, slug, status, publishedAt, excerpt, "
                + "author, featuredImage, and seo as one \"name: value\" line per field set)") List<FieldChange> fields,
        @Schema(description = "tags and categories, each when its ids differ") List<TermsChange> terms,
        @Schema(description = "Whether the markdown differs", examples = "true") boolean markdownChanged,
        @Schema(description = "A unified diff (3 lines of context) from the revision's markdown to the other's; "
                + "empty when they are equal", examples = "[\"--- revision 31\", \"+++ current\", \"@@ -1,1 +1,1 @@\", "
                + "\"-旧的第一段\", \"+新的第一段\"]") List<String> markdownDiff) {

    /** One differing field, as text: an instant in ISO-8601, an image by its id. */
    @Schema(name = "RevisionFieldChange")
    public record FieldChange(
            @Schema(examples = "title") String field,
            @Schema(nullable = true, description = "The value in the revision", examples = "旧标题") String from,
            @Schema(nullable = true, description = "The value in what it is compared with", examples = "新标题")
            String to) {
    }

    /** Tags or categories before and after, as the post named them then. */
    @Schema(name = "RevisionTermsChange")
    public record TermsChange(@Schema(enumeration = { "tags", "categories" }, examples = "tags") String field,
            List<RevisionSnapshot.Term> from, List<RevisionSnapshot.Term> to) {
    }
}
