package dev.inkstone.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page sits, and the cursor of the next page when keyset paging. */
public record Page<T>(
        List<T> items,
        PageInfo page,
        @Schema(description = "Cursor of the next page, or null on the last page or with page paging",
                nullable = true) String nextCursor) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) Math.max(1, (totalItems + request.perPage() - 1) / request.perPage());
        return new Page<>(items, new PageInfo(request.number(), request.perPage(), totalItems, totalPages), null);
    }

    /** Position of a page within its list. */
    public record PageInfo(
            @Schema(examples = "1") int number,
            @Schema(examples = "10") int perPage,
            @Schema(examples = "42") long totalItems,
            @Schema(examples = "5") int totalPages) {
    }
}
