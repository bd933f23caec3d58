package dev.inkstone.search;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.as;
import static dev.inkstone.common.Api.token;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The index as derived data: it reopens at its last commit and catches up, a broken one is rebuilt, and a rebuild
 * answers from the older index meanwhile.
 */
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
    void changesNoSearchWaitsForAreSearchableAfterTheNextFollow() throws Exception {
        String tag = unique("index-tag");
        String first = SearchResourceTest.post(tag, "连续写入的第一只信天翁", "信天翁");
        assertEquals(List.of(first), slugs(tag, "信天翁"));
        long visible = index.visibleChange();
        String second = SearchResourceTest.post(tag, "连续写入的第二只信天翁", "信天翁");
        // As the indexer does after a commit in a burst of writes: it takes the post in, and nobody searches yet.
        index.follow();
        assertEquals(visible, index.visibleChange(), "not published by the follow that took it in");
        // As the next poll does when the writes stopped: nothing new, so what it holds becomes searchable.
        index.follow();
        assertTrue(index.visibleChange() > visible, "published by the follow that found nothing new");
        assertEquals(List.of(second), slugs(tag, "第二只"));
    }

    @Test
    void aSearchWaitingForAChangeHasItPublishedByTheFollowThatTakesItIn() {
        String tag = unique("index-tag");
        String slug = SearchResourceTest.post(tag, "有人在等的信天翁", "信天翁");
        // Tests follow the log only when a search asks (no indexing on commit, an hour's poll): this search's follow
        // is the one that takes the post in, and it publishes because the search waits; else it would time out.
        assertEquals(List.of(slug), slugs(tag, "有人在等"));
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

    @Test
    void keepsAnsweringFromTheOlderIndexWhileItRebuildsAndSaysSo() throws Exception {
        String tag = unique("index-tag");
        String slug = SearchResourceTest.post(tag, "重建时照常回答的雪豹", "雪豹");
        assertEquals(List.of(slug), slugs(tag, "雪豹"));
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch swap = new CountDownLatch(1);
        // Through a method: the injected bean is a client proxy, whose fields are not the bean's.
        index.beforeSwap(() -> {
            built.countDown();
            try {
                swap.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            index.rebuildSoon();
            assertTrue(built.await(5, TimeUnit.MINUTES), "the rebuild reached its end");
            // Held before the swap: the older index answers, says so, and is not cached. (The search above is
            // cached under an unchanged content version, and rightly served as it is: this asks anew with perPage.)
            anonymous().queryParam("q", "雪豹").queryParam("tag", tag).queryParam("perPage", 5)
                    .get("/api/v1/search").then().statusCode(200)
                    .header("X-Search-Index", "behind").header("Cache-Control", "no-cache")
                    .body("items.slug", contains(slug));
            as(token("reader")).queryParam("q", "雪豹").queryParam("tag", tag).get("/api/v1/search").then()
                    .statusCode(200).header("X-Search-Index", "behind").header("Cache-Control", "private, no-store");
            anonymous().get("/q/health/ready").then().statusCode(200);
        } finally {
            swap.countDown();
            index.beforeSwap(() -> { });
        }
        await("the rebuilt index answering").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> anonymous().queryParam("q", "雪豹").queryParam("tag", tag).queryParam("perPage", 5)
                        .get("/api/v1/search").header("X-Search-Index") == null);
        assertEquals(List.of(slug), slugs(tag, "雪豹"));
        assertFalse(Files.exists(index.path().resolveSibling(index.path().getFileName() + ".rebuilding")));
    }
}
