package dev.inkstone.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class SlugMovedMapperTest {

    @Test
    void replacesTheLastSegmentAndKeepsTheQuery() {
        URI request = URI.create("http://localhost:8080/api/v1/posts/slug/old-slug?fields=id,slug&include=tags");
        assertEquals("http://localhost:8080/api/v1/posts/slug/new-slug?fields=id,slug&include=tags",
                SlugMovedMapper.location(request, "new-slug").toString());
    }

    @Test
    void percentEncodesAChineseSlug() {
        URI request = URI.create("http://localhost/api/v1/tags/slug/%E6%97%A7");
        assertEquals("http://localhost/api/v1/tags/slug/%E6%96%B0%E6%A0%87%E7%AD%BE",
                SlugMovedMapper.location(request, "新标签").toString());
    }
}
