package dev.inkstone.feed;

import java.util.Arrays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.common.error.ApiException;

/** The three formats every feed is offered in, by file name. */
enum FeedFormat {
    RSS(RssWriter.FILE, RssWriter.MEDIA_TYPE + "; charset=UTF-8"),
    ATOM(AtomWriter.FILE, AtomWriter.MEDIA_TYPE + "; charset=UTF-8"),
    JSON(JsonFeed.FILE, JsonFeed.MEDIA_TYPE);

    /** The path parameter's pattern: anything else under /feeds is no route, a 404. */
    static final String FILES = "rss\\.xml|atom\\.xml|feed\\.json";

    final String file;
    final String contentType;

    FeedFormat(String file, String contentType) {
        this.file = file;
        this.contentType = contentType;
    }

    static FeedFormat of(String file) {
        return Arrays.stream(values()).filter(f -> f.file.equals(file)).findFirst()
                .orElseThrow(() -> ApiException.notFound("No feed named " + file));
    }

    byte[] render(Feed feed, ObjectMapper json) {
        return switch (this) {
            case RSS -> RssWriter.write(feed);
            case ATOM -> AtomWriter.write(feed);
            case JSON -> {
                try {
                    yield json.writeValueAsBytes(JsonFeed.of(feed));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Cannot write a JSON feed", e);
                }
            }
        };
    }
}
