package dev.inkstone.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;

/**
 * The sort of a tag or category list: the kind's own fields plus postCount, which no column holds, so it is read
 * from the count map and such a page is ordered in memory (CountOrder) instead of by a query. Name is the default.
 */
public final class TermSort {

    private TermSort() {
    }

    public static <T> Sort<T> parse(String raw, PageRequest request, List<SortField<T>> fields,
            Map<Long, Long> counts, Function<T, Long> id) {
        List<SortField<T>> all = new ArrayList<>(fields);
        all.add(new SortField<>("postCount", "postCount", Long.class, t -> counts.getOrDefault(id.apply(t), 0L)));
        return Sort.parse(raw, request, all, "name");
    }

    /** Whether the page must be taken from the counts rather than from a query. */
    public static boolean byPostCount(Sort<?> sort) {
        return sort.field().name().equals("postCount");
    }
}
