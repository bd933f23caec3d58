package dev.inkstone.common.openapi;

import static dev.inkstone.common.Api.ADMIN_TOKEN;
import static dev.inkstone.common.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.client.ApiClient;
import dev.inkstone.client.ApiException;
import dev.inkstone.client.ApiResponse;
import dev.inkstone.client.api.CategoriesApi;
import dev.inkstone.client.api.ImagesApi;
import dev.inkstone.client.api.ImportsApi;
import dev.inkstone.client.api.PostsApi;
import dev.inkstone.client.api.SearchApi;
import dev.inkstone.client.api.SyncApi;
import dev.inkstone.client.api.TagsApi;
import dev.inkstone.client.model.Category;
import dev.inkstone.client.model.CategoryInput;
import dev.inkstone.client.model.Image;
import dev.inkstone.client.model.ImportItem;
import dev.inkstone.client.model.ImportItemPage;
import dev.inkstone.client.model.ImportJob;
import dev.inkstone.client.model.Post;
import dev.inkstone.client.model.PostInput;
import dev.inkstone.client.model.PostPage;
import dev.inkstone.client.model.PostPatch;
import dev.inkstone.client.model.PostStatus;
import dev.inkstone.client.model.Problem;
import dev.inkstone.client.model.SearchPage;
import dev.inkstone.client.model.SlugOrObject;
import dev.inkstone.client.model.SyncPage;
import dev.inkstone.client.model.Tag;
import dev.inkstone.client.model.TagInput;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed openapi/openapi.json is usable: a Java client generated from it at build time (see the pom) drives a
 * whole scenario against the running application. A schema the document loses breaks the compilation of this test
 * (a method returning void, a model that is not there) or its assertions.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI base;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + ADMIN_TOKEN));
    }

    @Test
    void drivesAChinesePostThroughCategoriesTagsListsPatchesAndProblems() throws Exception {
        CategoriesApi categories = new CategoriesApi(client);
        Category root = categories.createCategory(new CategoryInput().name("中国故事").slug(unique("中国故事")));
        Category leaf = categories.createCategory(new CategoryInput().name("墙国的奇葩商业故事")
                .slug(unique("墙国的奇葩商业故事")).parentId(root.getId()));
        assertEquals(List.of("中国故事", "墙国的奇葩商业故事"), leaf.getPath());

        TagsApi tags = new TagsApi(client);
        Tag deepseek = tags.createTag(new TagInput().name("DeepSeek").slug(unique("deepseek")));
        String agent = unique("ai-agent");

        PostsApi posts = new PostsApi(client);
        String slug = unique("算力差距");
        Post created = posts.createPost(new PostInput().title("中国顶尖大脑闭门承认：算力差距高达百倍").slug(slug)
                .status(PostStatus.PUBLISHED).markdown("## 背景\n\n中国企业超越美国同行的机会不超过20%。")
                .tags(List.of(new SlugOrObject(deepseek.getSlug()), new SlugOrObject(agent)))
                .categories(List.of(new SlugOrObject(leaf.getSlug()))));
        assertEquals(slug, created.getSlug());
        assertEquals(1L, created.getVersion());
        assertNotNull(created.getHtml());

        Post bySlug = posts.getPostBySlug(slug, null);
        Post byId = posts.getPost(created.getId(), null);
        assertEquals(bySlug, byId);
        assertEquals(List.of("中国故事", "墙国的奇葩商业故事"), byId.getCategories().get(0).getPath());
        assertNull(byId.getFeaturedImage());

        Post second = posts.upsertPostBySlug(unique("second"), new PostInput().title("第二篇").markdown("算力")
                .status(PostStatus.PUBLISHED).tags(List.of(new SlugOrObject(deepseek.getSlug()))), null, null);
        List<Long> seen = new ArrayList<>();
        PostPage first = posts.listPosts(null, null, null, null, null, "tags,categories", null, 1, null, null, "id", null,
                List.of(deepseek.getSlug()), null, null, null);
        assertEquals(2L, first.getPage().getTotalItems());
        assertNotNull(first.getNextCursor());
        seen.add(first.getItems().get(0).getId());
        PostPage next = posts.listPosts(null, null, first.getNextCursor(), null, null, null, null, 1, null, null, "id",
                null, List.of(deepseek.getSlug()), null, null, null);
        seen.add(next.getItems().get(0).getId());
        assertNull(next.getNextCursor());
        assertEquals(List.of(created.getId(), second.getId()), seen);

        ApiResponse<Post> read = posts.getPostWithHttpInfo(created.getId(), null);
        String etag = read.getHeaders().get("etag").get(0);
        Post patched = posts.patchPost(created.getId(), new PostPatch().title("新标题"), etag);
        assertEquals("新标题", patched.getTitle());
        assertEquals(2L, patched.getVersion());
        ApiException stale = assertThrows(ApiException.class,
                () -> posts.patchPost(created.getId(), new PostPatch().title("旧的改动"), etag));
        assertEquals(412, stale.getCode());
        Problem precondition = client.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertEquals(412, precondition.getStatus());

        ApiException invalid = assertThrows(ApiException.class,
                () -> posts.createPost(new PostInput().title(" ").markdown("x")));
        Problem problem = client.getObjectMapper().readValue(invalid.getResponseBody(), Problem.class);
        assertEquals(422, problem.getStatus());
        assertEquals("title", problem.getErrors().get(0).getField());
        ApiException missing = assertThrows(ApiException.class, () -> posts.getPost(Long.MAX_VALUE, null));
        assertEquals(404, client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class).getStatus());
    }

    @Test
    void uploadsSearchesSyncsAndImportsThroughTheClient(@TempDir Path folder) throws Exception {
        Path picture = folder.resolve("west-lake.png");
        BufferedImage pixels = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = pixels.createGraphics();
        graphics.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        ImageIO.write(pixels, "png", picture.toFile());
        Image image = new ImagesApi(client).uploadImage(picture.toFile(), "雷峰塔与西湖的日落", null);
        assertEquals(64, image.getWidth());
        assertNull(image.getCaption());
        assertTrue(image.getVariants().isEmpty() || image.getVariants().get(0).getUrl().startsWith("/media/"));

        PostsApi posts = new PostsApi(client);
        String word = "类型化客户端" + unique("w").replace("-", "");
        Post post = posts.createPost(new PostInput().title("搜索 " + word).markdown("正文里有" + word)
                .status(PostStatus.PUBLISHED));
        SearchPage hits = new SearchApi(client).searchPosts(word, null, null, null, null, null, null, null, null, null,
                null, null);
        assertEquals(post.getId(), hits.getItems().get(0).getId());
        assertEquals(dev.inkstone.client.model.SearchType.POST, hits.getItems().get(0).getType());

        SyncPage sync = new SyncApi(client).syncChanges(100, null, null);
        assertNotNull(sync.getNextSince());
        assertTrue(!sync.getChanges().isEmpty() || sync.getHasMore());

        ImportsApi imports = new ImportsApi(client);
        File markdown = folder.resolve("typed-client-import.md").toFile();
        try (InputStream fixture = getClass().getResourceAsStream("/client/typed-client-import.md")) {
            Files.copy(fixture, markdown.toPath());
        }
        ImportJob job = imports.startImport(true, markdown);
        assertTrue(job.getDryRun());
        ImportJob done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> imports.getImport(job.getId(), null),
                        j -> j.getStatus() != ImportJob.StatusEnum.QUEUED
                                && j.getStatus() != ImportJob.StatusEnum.RUNNING);
        assertEquals(ImportJob.StatusEnum.COMPLETED, done.getStatus());
        ImportItemPage report = imports.listImportItems(job.getId(), null, null, null, null, null);
        ImportItem line = report.getItems().get(0);
        assertEquals("typed-client-import", line.getSlug());
        assertNull(report.getNextCursor());
    }
}
