package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.Fixtures;
import dev.inkstone.importer.Corpus;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

@DatabaseIndependent
class FrontMatterTest {

    private static ImportedPost parse(String relative) throws Exception {
        Path file = Corpus.root().resolve(relative);
        return FrontMatter.parse(relative, relative, Files.readString(file), ZoneOffset.UTC);
    }

    private static ImportedPost fixture(String relative) throws Exception {
        return FrontMatter.parse(relative, relative, Files.readString(Fixtures.path("markdown/" + relative)),
                ZoneOffset.UTC);
    }

    @Test
    void fixturePostsGiveSlugsDatesTagsAndCategoriesInEachGeneratorsForm() throws Exception {
        ImportedPost hugo = fixture("zh/xihu-spring/index.md");
        assertEquals("xihu-spring", hugo.slug(), "a Hugo bundle is named by its folder");
        assertEquals("西湖的春天", hugo.title());
        assertEquals(Instant.parse("2021-04-05T01:30:00Z"), hugo.publishedAt());
        assertEquals(List.of("西湖", "旅行"), hugo.tags().stream().map(TermRef::name).toList());
        assertEquals(List.of(List.of(new TermRef("游记", null))), hugo.categories());
        assertEquals("images/cover.jpg", hugo.featured());

        ImportedPost jekyll = fixture("zh/2021-03-04-jekyll-tea.md");
        assertEquals("jekyll-tea", jekyll.slug(), "Jekyll's YYYY-MM-DD-slug name");
        assertEquals(Instant.parse("2021-03-04T00:00:00Z"), jekyll.publishedAt());
        assertEquals(List.of("龙井", "泡茶", "绿茶"), jekyll.tags().stream().map(TermRef::name).toList(),
                "keywords, split on Latin and Chinese commas");
        assertEquals(List.of(List.of(new TermRef("生活", null))), jekyll.categories(), "a string is one category");

        ImportedPost zola = fixture("en/ownership-notes.md");
        assertEquals("Notes on ownership", zola.title());
        assertTrue(zola.slug().endsWith("notes-on-ownership"), zola.slug());
        assertEquals(Instant.parse("2022-06-01T00:00:00Z"), zola.publishedAt(), "the date in Zola's path");
        assertEquals(List.of("Ada Writer"), zola.authors().stream().map(TermRef::name).toList());

        ImportedPost plain = fixture("en/plain-post.md");
        assertEquals("plain-post", plain.slug());
        assertEquals("Why this blog exists.", plain.excerpt());
        assertEquals(List.of("Lin Xiaoshan"), plain.authors().stream().map(TermRef::name).toList());
        assertEquals(List.of(List.of(new TermRef("Blog", null), new TermRef("Meta", null))), plain.categories(),
                "a flat list is one path, root first");
    }

    @Test
    void everyCorpusPostHasTheManifestTitleTagsAndCategories() throws Exception {
        int posts = 0;
        int stubs = 0;
        for (String folder : List.of("markdown-zh", "markdown-en")) {
            for (JsonNode file : Corpus.files(folder)) {
                String name = file.get("file").asText();
                JsonNode stats = file.get("stats");
                if (stats.path("title").isNull() || !stats.has("title")) {
                    assertThrows(FrontMatter.NotAPost.class, () -> parse(name), name);
                    stubs++;
                    continue;
                }
                ImportedPost post = parse(name);
                posts++;
                assertEquals(stats.get("title").asText().strip(), post.title(), name);
                List<String> tags = new ArrayList<>();
                stats.get("tags").forEach(t -> tags.add(t.asText().strip()));
                if (tags.isEmpty() && stats.hasNonNull("keywords")) {
                    for (String keyword : stats.get("keywords").asText().split("[,，、]")) {
                        if (!keyword.isBlank()) {
                            tags.add(keyword.strip());
                        }
                    }
                }
                assertEquals(tags, post.tags().stream().map(TermRef::name).toList(), name);
                List<String> categories = new ArrayList<>();
                stats.get("categories").forEach(c -> categories.add(c.asText().strip()));
                List<String> leaves = post.categories().stream().flatMap(List::stream).map(TermRef::name).toList();
                assertEquals(categories, leaves, name);
                assertNotNull(post.slug(), name);
                if (stats.hasNonNull("date")) {
                    assertNotNull(post.publishedAt(), name + " date " + stats.get("date"));
                }
                assertTrue(post.publishedAt() != null || post.notes().contains("no date: published at import time"),
                        name);
            }
        }
        assertEquals(674, posts + stubs);
        assertEquals(3, stubs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-07-14T15:00:00+08:00 | 2020-07-14T07:00:00Z",
        "2019-07-02 10:00:00 -0500 | 2019-07-02T15:00:00Z",
        "2016-03-03 12:00:00 +0530 | 2016-03-03T06:30:00Z",
        "2023-08-08                | 2023-08-08T00:00:00Z",
        "2013-10-28 20:14          | 2013-10-28T20:14:00Z",
        "2024-01-02T03:04:05Z      | 2024-01-02T03:04:05Z",
        "2024-1-2                  | 2024-01-02T00:00:00Z" })
    void readsTheDateFormsFrontMatterUses(String written, String expected) {
        assertEquals(Instant.parse(expected), FrontMatter.date(written, ZoneOffset.UTC));
    }

    @Test
    void datesWithoutOffsetUseTheConfiguredZone() {
        assertEquals(Instant.parse("2023-08-07T16:00:00Z"), FrontMatter.date("2023-08-08", ZoneId.of("Asia/Shanghai")));
        assertNull(FrontMatter.date("yesterday", ZoneOffset.UTC));
    }

    @Test
    void hugoBundleJekyllAndZolaNamesGiveSlugsAndDates() throws Exception {
        Path bundles = Corpus.root().resolve("markdown-zh/sofastack");
        String bundle;
        try (var list = Files.list(bundles)) {
            bundle = list.sorted().findFirst().orElseThrow().getFileName().toString();
        }
        ImportedPost hugo = parse("markdown-zh/sofastack/" + bundle + "/index.md");
        assertEquals(dev.inkstone.common.text.Slugs.slugify(bundle), hugo.slug());
        assertNotNull(hugo.featured(), "cover");
        try (var list = Files.list(Corpus.root().resolve("markdown-zh/mzlogin"))) {
            Path jekyll = list.sorted().findFirst().orElseThrow();
            String name = jekyll.getFileName().toString();
            ImportedPost post = parse("markdown-zh/mzlogin/" + name);
            assertEquals(Instant.parse(name.substring(0, 10) + "T00:00:00Z"), post.publishedAt());
            assertTrue(name.contains(post.slug()), post.slug());
        }
        try (var list = Files.list(Corpus.root().resolve("markdown-en/rust-blog"))) {
            Path zola = list.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            ImportedPost post = parse("markdown-en/rust-blog/" + zola.getFileName());
            assertNotNull(post.publishedAt(), "date from path");
            assertFalse(post.authors().isEmpty());
        }
    }

    @Test
    void hexoWithoutOpeningLineAndFlatCategoryListsAreAHierarchy() throws Exception {
        ImportedPost post = FrontMatter.parse("a.md", "a.md", """
                title: Hexo post
                date: 2013-12-25 00:00:00
                categories: [Foo, Bar, Baz]
                tags:
                ---
                Body *text*
                """, ZoneOffset.UTC);
        assertEquals("Hexo post", post.title());
        assertEquals(List.of(List.of(new TermRef("Foo", null), new TermRef("Bar", null), new TermRef("Baz", null))),
                post.categories());
        assertEquals("Body *text*\n", post.markdown());
        assertEquals("a", post.slug());
    }

    @Test
    void clippedPageTakesItsSlugFromTheUrlAndKeepsIt() throws Exception {
        ImportedPost post = FrontMatter.parse("000.txt", "000.txt", Fixtures.read(Fixtures.CLIPPED), ZoneOffset.UTC);
        assertEquals("longjing-tea-picking-hangzhou", post.slug());
        assertEquals("https://notes.inkstone.example/2025/04/18/longjing-tea-picking-hangzhou/", post.sourceUrl());
        assertEquals(Instant.parse("2025-04-18T00:00:00Z"), post.publishedAt());
        assertNull(post.excerpt(), "no explicit excerpt: the clipped navigation must not become one");
        assertEquals(PostStatus.PUBLISHED, post.status());
    }

    @Test
    void draftsTomlAndNestedCategoryLists() throws Exception {
        ImportedPost toml = FrontMatter.parse("b.md", "b.md", """
                +++
                title = "TOML"
                date = 2024-05-06T07:08:09+02:00
                draft = true
                tags = ["x", "y"]
                categories = [["A", "B"], ["C"]]
                +++
                text
                """, ZoneOffset.UTC);
        assertEquals(PostStatus.DRAFT, toml.status());
        assertEquals(Instant.parse("2024-05-06T05:08:09Z"), toml.publishedAt());
        assertEquals(2, toml.categories().size());
        assertEquals(List.of("x", "y"), toml.tags().stream().map(TermRef::name).toList());
        FrontMatter.NotAPost broken = assertThrows(FrontMatter.NotAPost.class,
                () -> FrontMatter.parse("c.md", "c.md", "---\ntitle: [unclosed\n---\nbody", ZoneOffset.UTC));
        assertTrue(broken.getMessage().startsWith("front matter is not valid"), broken.getMessage());
    }
}
