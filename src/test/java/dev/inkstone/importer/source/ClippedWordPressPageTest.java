package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.Fixtures;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;

/** The recognition of a clipped WordPress post page, without a server: what is kept, and when nothing is cut. */
@DatabaseIndependent
class ClippedWordPressPageTest {

    private static final String FRONT = """
            ---
            title: 小标题
            url: https://blog.inkstone.example/2024/03/05/small-title/
            source: 小站
            date: 2024-03-05T09:30:00+08:00
            ---

            """;

    private static ImportedPost parse(String text) throws FrontMatter.NotAPost {
        return FrontMatter.parse("a.md", "a.md", text, ZoneOffset.UTC);
    }

    @Test
    void ourFixtureKeepsTheArticleAndItsTerms() throws Exception {
        ImportedPost post = FrontMatter.parse("wordpress-post.md", "wordpress-post.md",
                Fixtures.read(Fixtures.path("clipped/wordpress-post.md")), ZoneId.of("Asia/Shanghai"));
        assertEquals("秋分登山", post.slug());
        assertEquals(Instant.parse("2025-09-20T16:00:00Z"), post.publishedAt(), "the day in the import's zone");
        assertEquals(List.of(List.of(new TermRef("outdoor", "outdoor"), new TermRef("徒步", "hiking")),
                List.of(new TermRef("随笔", "随笔"))), post.categories());
        assertEquals(new TermRef("臺灣茶", "臺灣茶"), post.tags().get(2));
        assertEquals("https://img.shanjian.inkstone.example/autumn-hike/hike_1.png", post.featured());
        assertTrue(post.markdown().startsWith("![山路]("), post.markdown());
        assertTrue(post.markdown().endsWith("喝完了最后一口茶。"), post.markdown());
    }

    @Test
    void aDateWithItsTimeOnThePermalinksDayIsKeptAndOneOnAnotherDayIsNot() throws Exception {
        String page = """
                ## [小标题](https://blog.inkstone.example/2024/03/05/small-title/)

                [杂记](https://blog.inkstone.example/category/notes/)

                正文。
                """;
        ImportedPost same = parse(FRONT + page);
        assertEquals(Instant.parse("2024-03-05T01:30:00Z"), same.publishedAt());
        assertEquals("正文。", same.markdown());
        assertNull(same.featured());
        ImportedPost other = parse(FRONT.replace("2024-03-05T09:30:00+08:00", "2024-03-07") + page);
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), other.publishedAt());
        assertTrue(other.notes().stream().anyMatch(n -> n.startsWith("date 2024-03-07T00:00:00Z is not the "
                + "permalink's day 2024-03-05")), other.notes().toString());
    }

    @Test
    void nothingIsCutWhenThePageIsNotRecognised() throws Exception {
        String body = "## [小标题](https://blog.inkstone.example/2024/03/05/small-title/)\n\n正文，没有分类。\n";
        ImportedPost noMeta = parse(FRONT + body);
        assertEquals(body, noMeta.markdown());
        assertEquals(List.of("clipped page not recognised as a WordPress post (no line after the title links to the "
                + "site's /category/ or /tag/ pages): imported whole"), noMeta.notes());

        ImportedPost notDated = parse(FRONT.replace("/2024/03/05/small-title/", "/small-title/") + body);
        assertTrue(notDated.notes().get(0).contains("not a dated WordPress permalink"), notDated.notes().toString());
        assertEquals(body, notDated.markdown());

        // Without a clipper's keys the front matter is an ordinary post's: no note at all.
        ImportedPost ordinary = parse(FRONT.replace("source: 小站\n", "") + body);
        assertEquals(List.of(), ordinary.notes());
    }
}
