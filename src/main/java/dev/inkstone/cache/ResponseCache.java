package dev.inkstone.cache;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.configuration.MemorySize;

import dev.inkstone.common.http.CacheControlFilter;
import dev.inkstone.common.http.EntityTagCondition;

/**
 * The bytes of public answers, by request ({@link CachedReadsRoute}'s key), each valid only under the content state
 * it was computed in. Bounded in entries and bytes by Caffeine: past either bound the least valuable answers go, the
 * rest stay.
 */
@ApplicationScoped
public class ResponseCache {

    /**
     * One answer as sent: body, validator, the headers that describe the list it holds, and the path template the
     * REST layer matched (null when unknown), which names the route in the HTTP metrics of the answers sent from here.
     */
    public record Entry(ContentClock.State state, byte[] body, String etag, String contentType, String totalCount,
            String link, String route) {

        /** The headers a kept answer is sent with, whoever sends it: validator, caching and the list's headers. */
        void headers(BiConsumer<String, String> header) {
            header.accept(HttpHeaders.ETAG, etag);
            header.accept(HttpHeaders.CACHE_CONTROL, CacheControlFilter.PUBLIC);
            if (totalCount != null) {
                header.accept("X-Total-Count", totalCount);
            }
            if (link != null) {
                header.accept("Link", link);
            }
        }

        /** Whether the request's If-None-Match field lines name this answer, so a 304 answers it. */
        boolean notModifiedFor(List<String> ifNoneMatch) {
            EntityTagCondition condition = EntityTagCondition.parse(ifNoneMatch);
            return condition != null && (condition.any() || condition.matchesWeakly(etag));
        }
    }

    private final long maxBytes;
    private final Cache<String, Entry> entries;

    @Inject
    ResponseCache(CacheConfig config) {
        this(config.maxEntries(), config.maxSize());
    }

    /**
     * {@code max-size} defaults to a quarter of the maximum heap: the cache lives there, and the production options
     * run a small one (96 MB), where a fixed 64 MB would leave too little for the requests themselves.
     */
    ResponseCache(int maxEntries, Optional<MemorySize> maxSize) {
        this.maxBytes = maxSize.map(MemorySize::asLongValue).orElse(Runtime.getRuntime().maxMemory() / 4);
        // One weight bounds both: each answer weighs its bytes, but at least an equal share of the byte bound, so
        // no more than maxEntries fit. Evictions run on the writing thread, so the bound holds when put returns.
        long leastWeight = Math.max(1, maxBytes / maxEntries);
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String uri, Entry entry) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(leastWeight, (long) entry.body().length + uri.length())))
                .executor(Runnable::run)
                .build();
    }

    /** The byte bound in force; for tests. */
    long maxBytes() {
        return maxBytes;
    }

    /** The bytes held now, as weighed; for tests. */
    long weight() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** The answer for {@code uri} if it was computed under exactly this state. */
    Entry get(String uri, ContentClock.State state) {
        Entry entry = entries.getIfPresent(uri);
        return entry != null && entry.state().equals(state) ? entry : null;
    }

    /** The last answer kept for {@code uri} whatever state it was computed in: for serving during an outage. */
    Entry last(String uri) {
        return entries.getIfPresent(uri);
    }

    void put(String uri, Entry entry) {
        entries.put(uri, entry);
    }
}
