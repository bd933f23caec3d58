package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The index as derived data: it reopens at its last commit and catches up, and a broken one is rebuilt. */
@QuarkusTest
class SearchIndexTest {

    @Inject
    SearchIndex index;

    @BeforeEach
    void indexReady() throws InterruptedException {
        SearchTesting.awaitIndex();
    }

    private static List<String> slugs(String tag, String q) {
        return anonymous().queryParam("q", q).queryParam("tag", tag).get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("items.slug");
    }

    @Test
    void reopensAtItsLastCommitAndAppliesTheChangesMadeSince() throws Exception {
        String tag = unique("index-tag");
        String before = SearchResourceTest.post(tag, "重启之前的灯塔", "灯塔");
        assertEquals(List.of(before), slugs(tag, "灯塔"));
        // Written while the index is not following (tests apply changes at search time), then a restart.
        String after = SearchResourceTest.post(tag, "重启之后的灯塔", "灯塔");
        index.reopen();
        SearchTesting.awaitIndex();
        assertEquals(2, slugs(tag, "灯塔").size());
        assertEquals(List.of(after), slugs(tag, "之后"));
    }

    @Test
    void rebuildsAnIndexWhoseFilesAreDamaged() throws Exception {
        String tag = unique("index-tag");
        String slug = SearchResourceTest.post(tag, "损坏后重建的索引", "海市蜃楼");
        assertEquals(List.of(slug), slugs(tag, "海市蜃楼"));
        index.reopen();
        SearchTesting.awaitIndex();
        try (Stream<Path> files = Files.list(index.path())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(file, "not a commit point");
            }
        }
        index.reopen();
        SearchTesting.awaitIndex();
        assertEquals(List.of(slug), slugs(tag, "海市蜃楼"));
    }
}
