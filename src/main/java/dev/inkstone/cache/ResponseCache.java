package dev.inkstone.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * The bytes of public answers, by request URI, each valid only under the content state it was computed in. Bounded
 * in entries and bytes: past either bound it starts over rather than grow.
 */
@ApplicationScoped
public class ResponseCache {

    /** One answer as sent: body, validator and the headers that describe the list it holds. */
    public record Entry(ContentClock.State state, byte[] body, String etag, String contentType, String totalCount,
            String link) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int maxEntries;
    private final long maxBytes;

    /**
     * {@code max-size} defaults to a quarter of the maximum heap: the cache lives there, and the production options
     * run a small one (96 MB), where a fixed 64 MB would leave too little for the requests themselves.
     */
    ResponseCache(@ConfigProperty(name = "inkstone.cache.max-entries", defaultValue = "10000") int maxEntries,
            @ConfigProperty(name = "inkstone.cache.max-size") Optional<MemorySize> maxSize) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxSize.map(MemorySize::asLongValue).orElse(Runtime.getRuntime().maxMemory() / 4);
    }

    /** The byte bound in force; for tests. */
    long maxBytes() {
        return maxBytes;
    }

    /** The answer for {@code uri} if it was computed under exactly this state. */
    Entry get(String uri, ContentClock.State state) {
        Entry entry = entries.get(uri);
        return entry != null && entry.state().equals(state) ? entry : null;
    }

    /** The last answer kept for {@code uri} whatever state it was computed in: for serving during an outage. */
    Entry last(String uri) {
        return entries.get(uri);
    }

    void put(String uri, Entry entry) {
        if (entries.size() >= maxEntries || bytes.get() + entry.body().length > maxBytes) {
            entries.clear();
            bytes.set(0);
        }
        Entry previous = entries.put(uri, entry);
        bytes.addAndGet(entry.body().length - (previous == null ? 0 : previous.body().length));
    }
}
