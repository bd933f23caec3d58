package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.inkstone.common.DatabaseIndependent;

/** Synonym groups (built in and an administrator's file, read again when it changes) and pinyin splitting. */
@DatabaseIndependent
class SynonymsTest {

    @Test
    void builtInGroupsReplaceWordsInsideChineseAndWholeLatinWords() {
        Synonyms synonyms = new Synonyms(Optional.empty());
        assertTrue(synonyms.alternatives("网盘推荐").contains("云存储推荐"), synonyms.alternatives("网盘推荐").toString());
        assertTrue(synonyms.alternatives("軟體工程").contains("软件工程"), "Traditional word, folded");
        assertTrue(synonyms.alternatives("垃圾回收器").contains("gc 器"), "a Latin word stands apart");
        assertTrue(synonyms.alternatives("gcx").isEmpty(), "Latin words match whole");
        assertTrue(synonyms.alternatives("网盘").size() <= Synonyms.MAX_ALTERNATIVES);
    }

    @Test
    void anAdministratorsFileAddsGroupsAndIsReadAgainWhenItChanges(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("synonyms.txt");
        Files.writeString(file, "# ours\n蝾螈, salamander\n", StandardCharsets.UTF_8);
        Synonyms synonyms = new Synonyms(Optional.of(file));
        assertEquals(List.of("salamander"), synonyms.alternatives("蝾螈"));
        assertTrue(synonyms.alternatives("网盘").contains("云存储"), "built-in groups stay");
        Files.writeString(file, "蝾螈, 娃娃鱼\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(List.of("娃娃鱼"), synonyms.alternatives("蝾螈"));
    }

    @Test
    void splitsTypedLettersIntoSyllables() {
        assertEquals(List.of("shu", "ju", "ku"), Pinyin.split("shujuku"));
        assertEquals(List.of("shu", "ju", "k"), Pinyin.split("shujuk"));
        assertEquals(List.of("xian"), Pinyin.split("xian"));
        assertNull(Pinyin.split("sjk"));
        assertNull(Pinyin.split("debugging"));
        assertEquals(List.of("shu", "ju", "ku", "_", "huan", "cun"), Pinyin.syllables("数据库 and 缓存"));
        assertEquals(List.of("shu", "ju"), Pinyin.syllables("數據"));
    }
}
