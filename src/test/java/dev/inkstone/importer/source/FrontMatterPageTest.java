package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.importer.item.ImportedPage;
import dev.inkstone.page.PageStatus;

/** Front matter that declares a page (type: page, layout: page) makes a page, with its parent and menu order. */
@DatabaseIndependent
class FrontMatterPageTest {

    @Test
    void typeOrLayoutPageMakesAPageWithParentAndOrder() throws Exception {
        FrontMatter.Item hugo = FrontMatter.parseItem("content/about/team.md", "content/about/team.md",
                "---\ntitle: 团队\ntype: page\nparent: about\nweight: 20\n---\n我们是谁。\n", ZoneOffset.UTC);
        assertTrue(hugo.page());
        ImportedPage page = hugo.asPage();
        assertEquals("团队", page.title());
        assertEquals("team", page.slug());
        assertEquals("about", page.parentSlug());
        assertEquals(20, page.menuOrder());
        assertEquals(PageStatus.PUBLISHED, page.status());
        assertEquals("我们是谁。\n", page.markdown());

        FrontMatter.Item jekyll = FrontMatter.parseItem("about.md", "about.md",
                "---\ntitle: About\nlayout: page\nmenu_order: 3\ndraft: true\n---\nHello.\n", ZoneOffset.UTC);
        assertTrue(jekyll.page());
        assertNull(jekyll.asPage().parentSlug());
        assertEquals(3, jekyll.asPage().menuOrder());
        assertEquals(PageStatus.DRAFT, jekyll.asPage().status());

        FrontMatter.Item post = FrontMatter.parseItem("post.md", "post.md",
                "---\ntitle: A post\nlayout: post\n---\nBody.\n", ZoneOffset.UTC);
        assertFalse(post.page());
    }
}
