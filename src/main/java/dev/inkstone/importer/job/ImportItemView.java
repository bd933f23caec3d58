package dev.inkstone.importer.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.inkstone.importer.write.ImportItem;

/** One line of an import report. */
@Schema(name = "ImportItem")
public record ImportItemView(
        @Schema(examples = "301") long id,
        @Schema(enumeration = { "post", "category", "tag", "attachment", "image", "page", "site" }, examples = "post",
                description = "What the source item is; other WordPress post types appear under their own name")
        String type,
        @Schema(description = "The item's key in its source: WXR guid, file path, or slug",
                examples = "https://example.com/?p=42") String sourceKey,
        @Schema(nullable = true, examples = "中国顶尖大脑闭门承认") String title,
        @Schema(enumeration = { "created", "updated", "unchanged", "skipped", "missing", "failed" },
                examples = "created") String outcome,
        @Schema(nullable = true, examples = "images not stored") String reason,
        @Schema(nullable = true, description = "Id of the post, tag or category", examples = "42") Long resourceId,
        @Schema(nullable = true, examples = "china-ai-innovation") String slug) {

    static ImportItemView of(ImportItem item) {
        return new ImportItemView(item.id, item.type, item.sourceKey, item.title, item.outcome, item.reason,
                item.resourceId, item.slug);
    }
}
