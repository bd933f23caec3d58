package dev.inkstone.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.importer.item.ImportedSeo;

@DatabaseIndependent
class YoastMetaTest {

    @Test
    void expandsTitleSitenameAndSepAndDropsOtherVariables() {
        assertEquals("算力 - 老范的博客", YoastMeta.expand("%%title%% %%sep%% %%sitename%%", "算力", "老范的博客"));
        assertEquals("算力", YoastMeta.expand("%%page%% %%sep%% %%title%% %%sep%% %%primary_category%%", "算力", "x"));
        assertEquals("Custom title", YoastMeta.expand("Custom title", "t", "s"));
        assertEquals("a - b", YoastMeta.expand("a %%sep%% %%date%% %%sep%% b", "t", "s"));
        assertNull(YoastMeta.expand("%%excerpt%%", "t", "s"));
        assertNull(YoastMeta.expand("  ", "t", "s"));
    }

    @Test
    void readsTheFourKeysAndOnlyOneMeansNoindex() {
        ImportedSeo seo = YoastMeta.of(Map.of(YoastMeta.TITLE, "%%title%%", YoastMeta.DESCRIPTION, "描述",
                YoastMeta.CANONICAL, " https://example.com/a ", YoastMeta.NOINDEX, "1"), "标题", "站点");
        assertEquals(new ImportedSeo("标题", "描述", "https://example.com/a", null, true), seo);
        assertNull(YoastMeta.of(Map.of(YoastMeta.NOINDEX, "2"), "t", "s"));
        assertNull(YoastMeta.of(Map.of("_edit_lock", "1"), "t", "s"));
        assertTrue(YoastMeta.of(Map.of(YoastMeta.NOINDEX, "1"), "t", "s").noindex());
    }
}
