package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.common.Fixtures;
import dev.inkstone.common.SharedCorpus;
import dev.inkstone.image.GeneratedImages;
import dev.inkstone.importer.Imports;

/**
 * Clipped WordPress post pages through POST /api/v1/imports: only the article is kept, its categories and tags come
 * from the meta line's links, slug and date from the permalink, the featured image from the first picture. No other
 * test imports these files, so a re-run's "nothing new" holds on the database all tests share.
 */
@QuarkusTest
class ClippedWordPressImportTest {

    private static final Path OWN = Fixtures.path("clipped/wordpress-post.md");
    private static final String SEED = "000_b3b5638aa48647d5.txt";

    private static JsonPath post(long id) {
        return asAdmin().get("/api/v1/posts/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> postLine(JsonPath job) {
        assertEquals("completed", job.getString("status"), job.getString("error"));
        assertEquals(0, job.getInt("failed"));
        return Imports.items(job.getInt("id")).stream().filter(i -> i.get("type").equals("post")).findFirst()
                .orElseThrow();
    }

    /**
     * A first import's outcome: created, or on a PostgreSQL database kept from an earlier run (H2 starts empty
     * every run), updated or unchanged; what the post then holds is checked field by field.
     */
    private static void assertWritten(Map<String, Object> line) {
        assertTrue(Set.of("created", "updated", "unchanged").contains(line.get("outcome")), line.toString());
    }

    /** The word count the article alone gets when a client stores it. */
    private static int wordsOf(String markdown) {
        return asAdmin().body(Map.of("title", Api.unique("words"), "markdown", markdown)).post("/api/v1/posts").then()
                .statusCode(201).extract().path("wordCount");
    }

    /** The clipping's text from its first picture on, up to (not including) {@code end}, or to its end. */
    private static String article(String clipping, String end) {
        String from = clipping.substring(clipping.indexOf("\n![") + 1);
        return (end == null ? from : from.substring(0, from.indexOf(end))).strip();
    }

    @Test
    void ourClippingKeepsTheArticleWithItsTermsAndARerunChangesNothing(@TempDir Path dir) throws IOException {
        Map<String, Object> line = postLine(Imports.upload(OWN.toFile(), "text/markdown", false));
        assertWritten(line);
        assertEquals("秋分登山", line.get("slug"));
        String reason = String.valueOf(line.get("reason"));
        assertTrue(reason.contains("dropped the page header (8 lines: 秋分登山记"), reason);
        assertTrue(reason.contains("2 categories and 4 tags; dropped its text '石, 小"), reason);
        assertTrue(reason.contains("已关闭评论"), reason);
        assertTrue(reason.contains("dropped the page footer (3 lines: « 上一篇：夏末的溪流"), reason);
        long id = ((Number) line.get("resourceId")).longValue();
        JsonPath post = post(id);
        assertEquals("秋分登山记：雾里走了六个小时｜登山 秋天 臺灣茶", post.getString("title"));
        assertEquals("2025-09-21T00:00:00Z", post.getString("publishedAt"));
        assertEquals(List.of("徒步", "随笔"), post.getList("categories.name"));
        assertEquals(List.of("hiking", "随笔"), post.getList("categories.slug"));
        // a parent is not shown on the page: it is named by its decoded slug
        assertEquals(List.of(List.of("outdoor", "徒步"), List.of("随笔")), post.getList("categories.path"));
        assertEquals(List.of("登山", "秋天", "臺灣茶", "Trail Running"), post.getList("tags.name"));
        assertEquals(List.of("登山", "秋天", "臺灣茶", "trail-running"), post.getList("tags.slug"));
        assertNull(post.get("featuredImage.id"), "the picture's file did not come with the upload");
        assertEquals("https://img.shanjian.inkstone.example/autumn-hike/hike_1.png",
                post.getString("featuredImage.url"));
        String clipping = Fixtures.read(OWN);
        assertEquals(article(clipping, "\n---\n\n* [«"), post.getString("markdown"));
        assertTrue(post.getString("html").startsWith("<p><img src=\"https://img.shanjian.inkstone.example/"),
                post.getString("html"));
        assertTrue(post.getString("excerpt").startsWith("秋分那天清晨五点，我们从山脚的村口出发"), post.getString("excerpt"));
        assertEquals(wordsOf(article(clipping, "\n---\n\n* [«")), post.getInt("wordCount"));
        // Narrowed to the post's own tag: a shared database (PostgreSQL) holds more than a page of featured posts.
        asAdmin().queryParam("featuredImage", true).queryParam("perPage", 100).queryParam("tag", "trail-running")
                .get("/api/v1/posts").then().statusCode(200).body("items.id", hasItem((int) id));

        Map<String, Object> again = postLine(Imports.upload(OWN.toFile(), "text/markdown", false));
        assertEquals("unchanged", again.get("outcome"), again.toString());
        assertEquals(id, ((Number) again.get("resourceId")).longValue());
        assertEquals(post.getLong("version"), post(id).getLong("version"));

        // With the picture's file beside it, the same item takes the stored image instead of the address.
        File zip = dir.resolve("clipping.zip").toFile();
        try (OutputStream out = Files.newOutputStream(zip.toPath()); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("wordpress-post.md"));
            z.write(Files.readAllBytes(OWN));
            z.putNextEntry(new ZipEntry("autumn-hike/hike_1.png"));
            z.write(GeneratedImages.named(GeneratedImages.TRANSPARENT_PNG));
            z.closeEntry();
        }
        Map<String, Object> zipped = postLine(Imports.upload(zip, "application/zip", false));
        assertEquals("updated", zipped.get("outcome"), zipped.toString());
        JsonPath stored = post(id);
        assertTrue(stored.getLong("featuredImage.id") > 0);
        assertTrue(stored.getString("featuredImage.url").startsWith("/media/"), stored.getString("featuredImage.url"));
        assertEquals(List.of("登山", "秋天", "臺灣茶", "trail-running"), stored.getList("tags.slug"));
    }

    @Test
    void anExternalFeaturedImageSurvivesAClientWritingThePostBack(@TempDir Path dir) throws IOException {
        // A new item every run: this test edits the post, which a re-run of the same item would leave alone.
        String slug = Api.unique("write-back");
        Path file = dir.resolve(slug + ".md");
        Files.writeString(file, Fixtures.read(OWN).replace("%E7%A7%8B%E5%88%86%E7%99%BB%E5%B1%B1", slug),
                StandardCharsets.UTF_8);
        long id = ((Number) postLine(Imports.upload(file.toFile(), "text/markdown", false)).get("resourceId"))
                .longValue();
        String url = "https://img.shanjian.inkstone.example/autumn-hike/hike_1.png";
        Api.mergePatch().body("{\"title\": \"改个标题\"}").patch("/api/v1/posts/" + id).then().statusCode(200)
                .body("featuredImage.url", equalTo(url));
        // What a GET shows goes back as it is (featuredImage with a null id names no stored image), with the address
        // in featuredImageUrl to keep the picture.
        Map<String, Object> read = new HashMap<>(post(id).getMap("$"));
        read.put("featuredImageUrl", url);
        asAdmin().body(read).put("/api/v1/posts/" + id).then().statusCode(200)
                .body("featuredImage.id", nullValue()).body("featuredImage.url", equalTo(url));
        read = new HashMap<>(post(id).getMap("$"));
        read.put("featuredImageUrl", "ftp://img.example/a.png");
        asAdmin().body(read).put("/api/v1/posts/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("featuredImageUrl"));
        read.remove("featuredImageUrl");
        asAdmin().body(read).put("/api/v1/posts/" + id).then().statusCode(200).body("featuredImage", nullValue());
    }

    @Test
    void theSeedPageBecomesThePostTheBlogShows() {
        Path seed = SharedCorpus.requireSeed(SEED);
        Map<String, Object> line = postLine(Imports.upload(seed.toFile(), "text/plain", false));
        assertWritten(line);
        assertEquals("china-ai-innovation-challenges-us-competition-future", line.get("slug"));
        long id = ((Number) line.get("resourceId")).longValue();
        JsonPath post = post(id);
        assertEquals("中国顶尖大脑闭门承认：我们做不了0到1，只能等美国验证方向后疯狂内卷！算力差距高达百倍，为何说超越机会仅剩20%？"
                + "｜中美AI競爭 AI競賽 中國AI 美國AI AI創新", post.getString("title"));
        assertEquals("2026-01-13T00:00:00Z", post.getString("publishedAt"));
        assertEquals(List.of("AIGC", "墙国的奇葩商业故事"), post.getList("categories.name"));
        assertEquals(List.of("aigc", "墙国的奇葩商业故事"), post.getList("categories.slug"));
        assertEquals(List.of(List.of("AIGC"), List.of("中国故事", "墙国的奇葩商业故事")), post.getList("categories.path"));
        List<String> tags = List.of("0到1創新", "AGI", "AI Agent", "AI Memory", "AI創新", "AI應用落地", "AI算力差距",
                "AI算力瓶頸", "Anthropic", "DeepSeek", "OpenAI", "ToB與ToC", "中國AI", "中美AI競爭", "大模型", "智譜AI",
                "模型分化", "美國AI", "老范講故事", "能源與AI算力", "自主學習", "通用Agent", "閉門會議", "阿里通義千問", "騰訊AI");
        List<String> slugs = List.of("0到1創新", "agi", "ai-agent", "ai-memory", "ai創新", "ai應用落地", "ai算力差距",
                "ai算力瓶頸", "anthropic", "deepseek", "openai", "tob與toc", "中國ai", "中美ai競爭", "大模型", "智譜ai",
                "模型分化", "美國ai", "老范講故事", "能源與ai算力", "自主學習", "通用agent", "閉門會議", "阿里通義千問", "騰訊ai");
        assertEquals(tags, post.getList("tags.name"));
        assertEquals(slugs, post.getList("tags.slug"));
        assertNull(post.get("featuredImage.id"));
        assertEquals("https://pictures.lukefan.com/china-ai-innovation-challenges-us-competition-future/blog_1.jpeg",
                post.getString("featuredImage.url"));
        String clipping = Fixtures.read(seed);
        assertTrue(post.getString("markdown").startsWith("![](https://pictures.lukefan.com/"), "body starts at the "
                + "first picture");
        assertTrue(post.getString("html").startsWith("<p><img src=\"https://pictures.lukefan.com/"
                + "china-ai-innovation-challenges-us-competition-future/blog_1.jpeg\""), post.getString("html"));
        assertTrue(post.getString("excerpt").startsWith("大家好，欢迎收听老范讲故事的YouTube频道。"), post.getString("excerpt"));
        assertEquals(wordsOf(article(clipping, null)), post.getInt("wordCount"));

        Map<String, Object> again = postLine(Imports.upload(seed.toFile(), "text/plain", false));
        assertEquals("unchanged", again.get("outcome"), again.toString());
        assertEquals(post.getLong("version"), post(id).getLong("version"));
    }

    @Test
    void aClippingWithoutTheWordPressStructureIsImportedWholeAndSaysSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plain-clipping.md");
        Files.writeString(file, """
                ---
                title: 一张便条
                url: https://notes.inkstone.example/2025/05/01/a-note/
                source: 墨石笔记
                date: 2025-05-01
                fetch_date: 2025-05-02T00:00:00
                ---

                # 一张便条

                # [墨石笔记](https://notes.inkstone.example)

                只有正文，没有分类和标签的链接。
                """, StandardCharsets.UTF_8);
        Map<String, Object> line = postLine(Imports.upload(file.toFile(), "text/markdown", false));
        assertWritten(line);
        assertEquals("clipped page not recognised as a WordPress post (no heading links to its permalink): "
                + "imported whole", line.get("reason"));
        JsonPath post = post(((Number) line.get("resourceId")).longValue());
        assertTrue(post.getString("markdown").startsWith("# 一张便条\n\n# [墨石笔记]"), post.getString("markdown"));
        assertEquals(List.of(), post.getList("tags"));
        assertNull(post.get("featuredImage"));
    }
}
