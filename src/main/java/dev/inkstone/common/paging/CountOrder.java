package dev.inkstone.common.paging;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Page and keyset paging over ids ordered by a count held in memory (ties by id), for lists sorted by postCount:
 * the counts come from the count cache, so this orders at most the whole table's ids (tags, categories), never
 * posts, and follows the same cursor rules as {@link ListQuery}.
 */
public final class CountOrder {

    private CountOrder() {
    }

    /** The ids of the requested page in order, plus one more when a next page exists. */
    public static List<Long> page(Collection<Long> ids, Map<Long, Long> counts, Sort<?> sort, PageRequest request) {
        Comparator<Long> order = Comparator.<Long>comparingLong(id -> counts.getOrDefault(id, 0L))
                .thenComparingLong(id -> id);
        if (sort.descending()) {
            order = order.reversed();
        }
        List<Long> sorted = ids.stream().sorted(order).toList();
        int start = request.offset();
        if (request.keyset()) {
            long value = ((Number) request.cursor().valueFor(sort)).longValue();
            long id = request.cursor().id();
            start = sorted.size();
            for (int i = 0; i < sorted.size(); i++) {
                long current = sorted.get(i);
                int byCount = Long.compare(counts.getOrDefault(current, 0L), value);
                int compared = byCount != 0 ? byCount : Long.compare(current, id);
                if (sort.descending() ? compared < 0 : compared > 0) {
                    start = i;
                    break;
                }
            }
        }
        int from = Math.min(start, sorted.size());
        return sorted.subList(from, Math.min(from + request.perPage() + 1, sorted.size()));
    }
}
