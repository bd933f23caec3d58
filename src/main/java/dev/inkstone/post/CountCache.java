package dev.inkstone.post;

import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts (list totals, posts per tag and category) kept for as long as they cannot change: until the content
 * version moves (any committed write, on any instance: the version is read from the database on every use) or the
 * clock reaches the next scheduled post's publication time. Counting is the one list cost that grows with the
 * data; with this a count is paid once per content change instead of once per request.
 */
@ApplicationScoped
class CountCache {

    /** Distinct filter combinations kept at once; past this the least used ones go first. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(long version, Instant validUntil, Object value) {
    }

    private final Cache<String, Entry> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    /**
     * The value for {@code key} at content version {@code version}, computing it when absent or stale.
     * {@code horizon} gives the instant after which a fresh value may differ even without a write.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, long version, Instant now, Supplier<T> compute, Supplier<Instant> horizon) {
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == version && now.isBefore(entry.validUntil())) {
            return (T) entry.value();
        }
        T value = compute.get();
        Instant until = horizon.get();
        entries.put(key, new Entry(version, until == null ? Instant.MAX : until, value));
        return value;
    }
}
