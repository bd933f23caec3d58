package dev.inkstone.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page sits, and the cursor that continues after it. */
public record Page<T>(
        List<T> items,
        PageInfo page,
        @Schema(description = "Cursor of the next page (pass it as ?cursor=); null on the last page",
                nullable = true) String nextCursor) {

    /**
     * Builds a page from up to perPage + 1 rows fetched in sort order: the extra row only tells that a next page
     * exists, and the last row kept becomes the cursor.
     */
    public static <E, T> Page<T> of(List<E> rows, PageRequest request, long totalItems, Sort<E> sort,
            Function<List<E>, List<T>> toItems) {
        boolean more = rows.size() > request.perPage();
        List<E> kept = more ? rows.subList(0, request.perPage()) : rows;
        String next = null;
        if (more) {
            E last = kept.get(kept.size() - 1);
            next = new Cursor(sort.wire(), sort.field().write(last), idOf(sort, last)).encode();
        }
        int totalPages = (int) Math.max(1, (totalItems + request.perPage() - 1) / request.perPage());
        return new Page<>(toItems.apply(kept),
                new PageInfo(request.number(), request.perPage(), totalItems, totalPages), next);
    }

    private static <E> long idOf(Sort<E> sort, E row) {
        return ((Number) sort.idField().value().apply(row)).longValue();
    }

    /** Position of a page within its list. */
    public record PageInfo(
            @Schema(examples = "1", nullable = true, description = "Null when paging by cursor") Integer number,
            @Schema(examples = "10") int perPage,
            @Schema(examples = "42", description = "Exact when totalItemsExact is true, else a lower bound")
            long totalItems,
            @Schema(examples = "5") int totalPages,
            @Schema(examples = "true", description = "False when totalItems is a lower bound: search counts its "
                    + "hits exactly up to 10,000 and stops counting there (lists always count exactly)")
            boolean totalItemsExact) {

        /** A list's page: lists count exactly. */
        public PageInfo(Integer number, int perPage, long totalItems, int totalPages) {
            this(number, perPage, totalItems, totalPages, true);
        }
    }
}
