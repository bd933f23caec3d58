package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dev.inkstone.common.Api;
import dev.inkstone.importer.Imports;

/**
 * Posts are written in batches (inkstone.import.batch-size, 50): a batch holding a post that cannot be written is
 * rolled back and written again post by post, so that post is reported and every other one is kept; two posts of one
 * batch wanting the same slug both land; each post's old address redirects to it, two of one batch naming the same
 * address leave the later one's, an admin's redirect stays; a re-run writes nothing.
 */
@QuarkusTest
class ImportBatchesTest {

    private static final int POSTS = 120;
    private static final int INVALID = 57;

    @Test
    void aFailingPostInABatchIsReportedTheOthersAreKeptAndARerunWritesNothing(@TempDir Path dir) throws IOException {
        String site = Api.unique("batch");
        File wxr = dir.resolve("batches.xml").toFile();
        Files.writeString(wxr.toPath(), wxr(site), StandardCharsets.UTF_8);
        Api.asAdmin().body(Map.of("path", "/" + site + "/30", "targetPath", "/elsewhere/"))
                .post("/api/v1/redirects").then().statusCode(201);

        JsonPath first = Imports.upload(wxr, "application/xml", false);
        assertEquals("completed", first.getString("status"), first.prettify());
        assertEquals(POSTS, first.getInt("processed"), first.prettify());
        assertEquals(POSTS - 1, first.getInt("created"), "every post but the invalid one: " + first.prettify());
        assertEquals(1, first.getInt("skipped"), first.prettify());
        assertEquals(0, first.getInt("failed"), first.prettify());

        List<Map<String, Object>> items = Imports.items(first.getInt("id"));
        assertEquals(POSTS, items.size());
        // The report cuts titles to 300 characters: the invalid post is found by its outcome.
        List<Map<String, Object>> skipped = items.stream().filter(i -> "skipped".equals(i.get("outcome"))).toList();
        assertEquals(1, skipped.size(), skipped::toString);
        Map<String, Object> invalid = skipped.get(0);
        assertEquals("post", invalid.get("type"));
        assertTrue(String.valueOf(invalid.get("title")).startsWith("xxx"), invalid::toString);
        assertTrue(String.valueOf(invalid.get("reason")).contains("title"), String.valueOf(invalid.get("reason")));
        Set<Object> ids = new HashSet<>();
        items.stream().filter(i -> "created".equals(i.get("outcome"))).forEach(i -> ids.add(i.get("resourceId")));
        assertEquals(POSTS - 1, ids.size(), "each created post has its own id");

        // Items 10 and 11 name the same slug: the second one gets a numbered variant, in the same batch.
        anonymous().get("/api/v1/posts/slug/{slug}", site + "-10").then().statusCode(200)
                .body("title", equalTo("文章 10 " + site));
        anonymous().get("/api/v1/posts/slug/{slug}", site + "-10-2").then().statusCode(200)
                .body("title", equalTo("文章 11 " + site));
        anonymous().queryParam("tag", site + "-tag").queryParam("perPage", 1).get("/api/v1/posts").then()
                .statusCode(200).body("page.totalItems", equalTo(POSTS - 1));
        assertRedirects(site);

        JsonPath rerun = Imports.upload(wxr, "application/xml", false);
        assertEquals("completed", rerun.getString("status"), rerun.prettify());
        assertEquals(0, rerun.getInt("created"), rerun.prettify());
        assertEquals(0, rerun.getInt("updated"), rerun.prettify());
        assertEquals(POSTS - 1, rerun.getInt("unchanged"), rerun.prettify());
        assertEquals(1, rerun.getInt("skipped"), rerun.prettify());
        anonymous().queryParam("tag", site + "-tag").queryParam("perPage", 1).get("/api/v1/posts").then()
                .statusCode(200).body("page.totalItems", equalTo(POSTS - 1));
        assertRedirects(site);
    }

    @Test
    void attachmentLinesAreWrittenTogetherYetCountedAndInTheSourcesOrder(@TempDir Path dir) throws IOException {
        // 230 attachments without files (each reported missing): lines queued 100 at a time, the last 30 written
        // before the posts that follow them; a trashed post's line is queued the same way, between the two posts. A WXR lists attachments among the posts; the reader sends them first.
        String site = Api.unique("attach");
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 230; i++) {
            items.append("""
                    <item><title>图 %2$d</title><guid>https://%1$s.example/?attachment_id=%2$d</guid>
                    <wp:post_id>%2$d</wp:post_id><wp:post_type>attachment</wp:post_type>
                    <wp:attachment_url>https://%1$s.example/uploads/%2$d.jpg</wp:attachment_url></item>
                    """.formatted(site, i));
            if (i == 150) {
                // Not imported: its line waits with the attachments' yet keeps its place among the posts.
                items.append("""
                        <item><title>回收站 %2$d</title><guid>https://%1$s.example/?p=%2$d</guid>
                        <wp:post_id>%2$d</wp:post_id><wp:post_type>post</wp:post_type><wp:status>trash</wp:status>
                        <content:encoded><![CDATA[已删除]]></content:encoded></item>
                        """.formatted(site, 5000));
            }
            if (i % 100 == 0) {
                int post = 1000 + i;
                items.append("""
                        <item><title>文章 %2$d</title><guid>https://%1$s.example/?p=%2$d</guid>
                        <wp:post_id>%2$d</wp:post_id><wp:post_name>%1$s-%2$d</wp:post_name>
                        <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
                        <content:encoded><![CDATA[正文 %2$d]]></content:encoded></item>
                        """.formatted(site, post));
            }
        }
        File wxr = dir.resolve("attachments.xml").toFile();
        Files.writeString(wxr.toPath(), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                %s</channel></rss>
                """.formatted(items), StandardCharsets.UTF_8);

        JsonPath job = Imports.upload(wxr, "application/xml", false);
        assertEquals("completed", job.getString("status"), job.prettify());
        assertEquals(233, job.getInt("processed"), job.prettify());
        assertEquals(230, job.getInt("missing"), job.prettify());
        assertEquals(2, job.getInt("created"), job.prettify());
        assertEquals(1, job.getInt("skipped"), job.prettify());
        List<Map<String, Object>> lines = Imports.items(job.getInt("id"));
        assertEquals(233, lines.size());
        for (int i = 0; i < 230; i++) {
            Map<String, Object> line = lines.get(i);
            assertEquals("attachment", line.get("type"), line::toString);
            assertEquals("missing", line.get("outcome"), line::toString);
            assertTrue(String.valueOf(line.get("title")).endsWith("/uploads/" + (i + 1) + ".jpg"), line::toString);
        }
        assertEquals(List.of("created", "skipped", "created"),
                lines.subList(230, 233).stream().map(l -> l.get("outcome")).toList());
        assertEquals("回收站 5000", lines.get(231).get("title"));
    }

    @Test
    void listedTermsAreWrittenInBatchesAndATermThatFailsCostsOnlyItself(@TempDir Path dir) throws IOException {
        // A chain of 300 categories, each the parent of the next: the tree path (ids, at most 512 characters) runs
        // out somewhere past the hundredth, and those deeper are refused. They come in batches of 50 with the
        // shallow ones; 60 tags follow. Every shallow category and every tag is kept, each deep one reported.
        String site = Api.unique("terms");
        StringBuilder terms = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            terms.append("""
                    <wp:category><wp:term_id>%2$d</wp:term_id><wp:category_nicename>%1$s-c%2$d</wp:category_nicename>
                    <wp:category_parent>%3$s</wp:category_parent><wp:cat_name><![CDATA[层 %2$d]]></wp:cat_name>
                    </wp:category>
                    """.formatted(site, i, i == 1 ? "" : site + "-c" + (i - 1)));
        }
        for (int i = 1; i <= 60; i++) {
            terms.append("""
                    <wp:tag><wp:term_id>%2$d</wp:term_id><wp:tag_slug>%1$s-t%2$d</wp:tag_slug>
                    <wp:tag_name><![CDATA[标签 %2$d]]></wp:tag_name></wp:tag>
                    """.formatted(site, 1000 + i));
        }
        File wxr = dir.resolve("terms.xml").toFile();
        Files.writeString(wxr.toPath(), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
                %s</channel></rss>
                """.formatted(terms), StandardCharsets.UTF_8);

        JsonPath job = Imports.upload(wxr, "application/xml", false);
        assertEquals("completed", job.getString("status"), job.prettify());
        assertEquals(360, job.getInt("processed"), job.prettify());
        int created = job.getInt("created");
        int refused = job.getInt("skipped");
        assertEquals(360, created + refused, job.prettify());
        assertTrue(created >= 50 + 60 && refused >= 40, "the chain breaks past 100 levels, not before: " + job.prettify());
        List<Map<String, Object>> lines = Imports.items(job.getInt("id"));
        assertEquals(360, lines.size());
        for (int i = 0; i < 300; i++) {
            Map<String, Object> line = lines.get(i);
            assertEquals("category", line.get("type"), line::toString);
            assertEquals("层 " + (i + 1), line.get("title"), "the source's order: " + line);
            // Shallow ones created, then only refused ones: the first refusal ends the chain.
            assertEquals(i < created - 60 ? "created" : "skipped", line.get("outcome"), line::toString);
            if (i >= created - 60) {
                assertTrue(String.valueOf(line.get("reason")).contains("parentId"), line::toString);
            }
        }
        // The first refused is the first too deep: its tree path ("/" and each ancestor's id and "/") would pass 512
        // characters, its parent's did not; a batch's shallow categories were not lost with its deep one.
        int shallow = created - 60;
        int pathOfNext = 1;
        for (int i = 0; i < shallow; i++) {
            pathOfNext += String.valueOf(lines.get(i).get("resourceId")).length() + 1;
        }
        int idOfLast = String.valueOf(lines.get(shallow - 1).get("resourceId")).length();
        assertTrue(pathOfNext > 512 && pathOfNext - idOfLast - 1 <= 512, "the chain broke at " + shallow);
        for (int i = 300; i < 360; i++) {
            assertEquals("tag", lines.get(i).get("type"), lines.get(i)::toString);
            assertEquals("created", lines.get(i).get("outcome"), lines.get(i)::toString);
        }
        Api.asAdmin().get("/api/v1/categories/slug/{slug}", site + "-c" + (created - 60)).then().statusCode(200);
        Api.asAdmin().get("/api/v1/categories/slug/{slug}", site + "-c" + (created - 59)).then().statusCode(404);
        Api.asAdmin().get("/api/v1/tags/slug/{slug}", site + "-t1060").then().statusCode(200);

        JsonPath rerun = Imports.upload(wxr, "application/xml", false);
        assertEquals("completed", rerun.getString("status"), rerun.prettify());
        assertEquals(0, rerun.getInt("created"), rerun.prettify());
        assertEquals(created, rerun.getInt("unchanged"), rerun.prettify());
        assertEquals(refused, rerun.getInt("skipped"), rerun.prettify());
    }

    private static void assertRedirects(String site) {
        for (int i : new int[] { 1, 49, 50, 51, 120 }) {
            redirect(site, i).statusCode(200).body("origin", equalTo("import")).body("target.slug",
                    equalTo(site + "-" + i));
        }
        // Items 20 and 21 (one batch) both came from /20: it leads to the later one.
        redirect(site, 20).statusCode(200).body("target.slug", equalTo(site + "-21"));
        redirect(site, 21).statusCode(404);
        redirect(site, 30).statusCode(200).body("origin", equalTo("admin")).body("targetPath", equalTo("/elsewhere/"));
    }

    private static ValidatableResponse redirect(String site, int n) {
        return anonymous().queryParam("path", "/" + site + "/" + n).get("/api/v1/redirects").then();
    }

    /** Posts only: a channel without title, description or link sends no site-settings item to count around. */
    private static String wxr(String site) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= POSTS; i++) {
            String title = i == INVALID ? "x".repeat(301) : "文章 " + i + " " + site;
            String slug = site + "-" + (i == 11 ? 10 : i);
            int address = i == 21 ? 20 : i;
            items.append("""
                    <item><title>%2$s</title><link>https://%1$s.example/%1$s/%5$d</link>
                    <guid>https://%1$s.example/?p=%3$d</guid><wp:post_id>%3$d</wp:post_id>
                    <wp:post_name>%4$s</wp:post_name><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
                    <wp:post_date_gmt>2021-02-03 04:05:06</wp:post_date_gmt>
                    <category domain="post_tag" nicename="%1$s-tag">Tag %1$s</category>
                    <content:encoded><![CDATA[第 %3$d 篇, batch number %3$d.]]></content:encoded></item>
                    """.formatted(site, title, i, slug, address));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                %2$s</channel></rss>
                """.formatted(site, items);
    }
}
