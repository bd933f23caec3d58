package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.importer.item.ImportedAuthor;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.importer.item.ImportedSeo;

/** What the reader makes of an export's authors: every field for the author item, the name for the bylines. */
@DatabaseIndependent
class InkstoneJsonReaderTest {

    private static CollectingSink read(String json) throws Exception {
        CollectingSink sink = new CollectingSink();
        new InkstoneJsonReader(1_000_000).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }

    @Test
    void anExportedAuthorArrivesWithBioWebsiteAvatarAndSeoBeforeThePostsNamingIt() throws Exception {
        CollectingSink sink = read("""
                {"format": "inkstone-export", "version": 3,
                 "authors": [{"slug": "老范", "name": "老范", "bio": "写科技与商业的**老范**。\\n", "website":
                   "https://lukefan.com/", "avatar": "ab12", "seo": {"title": "老范 | 科技", "description": null,
                   "canonicalUrl": "https://lukefan.com/author/", "ogImage": "cd34", "noindex": true}},
                   {"slug": "jane-doe", "name": "Jane Doe", "bio": null, "website": null, "avatar": null,
                    "seo": null}],
                 "posts": [{"slug": "西湖", "title": "西湖", "status": "draft", "markdown": "x",
                   "authors": ["老范", "jane-doe"]}]}""");
        assertEquals(List.of(
                new ImportedAuthor("author:老范", "老范", "老范", "写科技与商业的**老范**。\n", "https://lukefan.com/", "ab12",
                        new ImportedSeo("老范 | 科技", null, "https://lukefan.com/author/", "cd34", true)),
                new ImportedAuthor("author:jane-doe", "Jane Doe", "jane-doe", null, null, null, null)), sink.authors);
        assertEquals(List.of(new TermRef("老范", "老范"), new TermRef("Jane Doe", "jane-doe")),
                sink.post("西湖").authors());
    }

    @Test
    void anOlderExportWithoutAuthorsStillNamesTheBylineByText() throws Exception {
        CollectingSink sink = read("""
                {"format": "inkstone-export", "version": 2,
                 "posts": [{"slug": "old", "title": "Old", "status": "draft", "markdown": "x", "author": "老范"}]}""");
        assertTrue(sink.authors.isEmpty());
        assertEquals("老范", sink.post("Old").authors().get(0).name());
        assertNull(sink.post("Old").authors().get(0).slug());
    }
}
