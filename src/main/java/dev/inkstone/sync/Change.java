package dev.inkstone.sync;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.inkstone.author.AuthorView;
import dev.inkstone.category.CategoryView;
import dev.inkstone.content.ChangeType;
import dev.inkstone.image.ImageView;
import dev.inkstone.page.PageView;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagView;

/**
 * One item of a sync page: a resource to store (upsert, with its full current view in the field named by its type)
 * or to forget (delete, a tombstone of type and id only).
 */
@Schema(name = "Change", description = "An upsert carries the resource's full current view in the field named by "
        + "its type (a post with markdown and html, as GET /api/v1/posts/{id} returns it); the other fields are "
        + "null. A delete carries type and id only.")
public record Change(
        @Schema(enumeration = { "post", "tag", "category", "image", "page", "author" }, examples = "post") ChangeType type,
        @Schema(examples = "42") long id,
        @Schema(enumeration = { "upsert", "delete" }, examples = "upsert",
                description = "upsert: store this view in place of any copy with this type and id; delete: drop "
                        + "it (it was deleted, or is no longer visible to this caller)") Action action,
        // Descriptions on these three would make SmallRye emit an inconsistent type next to the anyOf.
        @Schema(nullable = true) PostView post,
        @Schema(nullable = true) TagView tag,
        @Schema(nullable = true) CategoryView category,
        @Schema(nullable = true) ImageView image,
        @Schema(nullable = true) PageView page,
        @Schema(nullable = true) AuthorView author,
        @Schema(description = "Slugs the post, page, tag, category or author had before, oldest first (the 20 newest): a read by "
                + "one answers 301 to the current slug, so replace links that use them. Empty for deletes and images",
                examples = "[\"ai-agents\"]") List<String> previousSlugs) {

    /** What a client does with the item. */
    @Schema(name = "ChangeAction")
    public enum Action {
        UPSERT, DELETE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    static Change of(PostView post, List<String> previousSlugs) {
        return new Change(ChangeType.POST, post.id(), Action.UPSERT, post, null, null, null, null, null,
                previousSlugs);
    }

    static Change of(TagView tag, List<String> previousSlugs) {
        return new Change(ChangeType.TAG, tag.id(), Action.UPSERT, null, tag, null, null, null, null, previousSlugs);
    }

    static Change of(CategoryView category, List<String> previousSlugs) {
        return new Change(ChangeType.CATEGORY, category.id(), Action.UPSERT, null, null, category, null, null,
                null, previousSlugs);
    }

    static Change of(ImageView image) {
        return new Change(ChangeType.IMAGE, image.id(), Action.UPSERT, null, null, null, image, null, null,
                List.of());
    }

    static Change of(PageView page, List<String> previousSlugs) {
        return new Change(ChangeType.PAGE, page.id(), Action.UPSERT, null, null, null, null, page, null,
                previousSlugs);
    }

    static Change of(AuthorView author, List<String> previousSlugs) {
        return new Change(ChangeType.AUTHOR, author.id(), Action.UPSERT, null, null, null, null, null, author,
                previousSlugs);
    }

    static Change deletion(ChangeType type, long id) {
        return new Change(type, id, Action.DELETE, null, null, null, null, null, null, List.of());
    }
}
