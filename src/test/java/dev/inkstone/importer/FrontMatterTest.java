package dev.inkstone.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import dev.inkstone.importer.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

class FrontMatterTest {

    private static ImportedPost parse(String relative) throws Exception {
        Path file = Corpus.ROOT.resolve(relative);
        return FrontMatter.parse(relative, relative, Files.readString(file), ZoneOffset.UTC);
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
        Path bundles = Corpus.ROOT.resolve("markdown-zh/sofastack");
        String bundle;
        try (var list = Files.list(bundles)) {
            bundle = list.sorted().findFirst().orElseThrow().getFileName().toString();
        }
        ImportedPost hugo = parse("markdown-zh/sofastack/" + bundle + "/index.md");
        assertEquals(dev.inkstone.common.text.Slugs.slugify(bundle), hugo.slug());
        assertNotNull(hugo.featured(), "cover");
        try (var list = Files.list(Corpus.ROOT.resolve("markdown-zh/mzlogin"))) {
            Path jekyll = list.sorted().findFirst().orElseThrow();
            String name = jekyll.getFileName().toString();
            ImportedPost post = parse("markdown-zh/mzlogin/" + name);
            assertEquals(Instant.parse(name.substring(0, 10) + "T00:00:00Z"), post.publishedAt());
            assertTrue(name.contains(post.slug()), post.slug());
        }
        try (var list = Files.list(Corpus.ROOT.resolve("markdown-en/rust-blog"))) {
            Path zola = list.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            ImportedPost post = parse("markdown-en/rust-blog/" + zola.getFileName());
            assertNotNull(post.publishedAt(), "date from path");
            assertNotNull(post.author());
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
        Path seed = Path.of("../shared/seeds/000_b3b5638aa48647d5.txt");
        ImportedPost post = FrontMatter.parse("000.txt", "000.txt", Files.readString(seed), ZoneOffset.UTC);
        assertEquals("china-ai-innovation-challenges-us-competition-future", post.slug());
        assertEquals("https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/",
                post.sourceUrl());
        assertEquals(Instant.parse("2026-01-13T00:00:00Z"), post.publishedAt());
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
