package dev.inkstone.importer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

@DatabaseIndependent
class ImportWriterTest {

    @Test
    void cleanDropsWhatTheApiRefusesAndKeepsTheRest() {
        String fine = "中文 title 😀";
        assertSame(fine, ImportText.clean(fine, false));
        assertEquals("a b c", ImportText.clean("a\tb\nc", false));
        assertEquals("a\tb\nc", ImportText.clean("a\tb\u000c\nc\u0000", true));
        assertEquals("x😀y", ImportText.clean("x\ud83d\ude00\ud800y\uffff", false));
    }

    @Test
    void hashChangesWithAnyFieldAndOnlyThen() {
        ImportedPost post = post("Title", List.of(new TermRef("Go", null)));
        assertEquals(PostFingerprint.of(post), PostFingerprint.of(post("Title", List.of(new TermRef("Go", null)))));
        assertNotEquals(PostFingerprint.of(post), PostFingerprint.of(post("Title 2", List.of(new TermRef("Go", null)))));
        assertNotEquals(PostFingerprint.of(post), PostFingerprint.of(post("Title", List.of(new TermRef("Go", "go")))));
    }

    @Test
    void longKeysStayUniqueWithinTheColumn() {
        String a = "k".repeat(1500) + "a";
        String b = "k".repeat(1500) + "b";
        assertTrue(ImportText.key(a).length() <= 1000);
        assertNotEquals(ImportText.key(a), ImportText.key(b));
        assertEquals("short", ImportText.key("short"));
    }

    private static ImportedPost post(String title, List<TermRef> tags) {
        return new ImportedPost("key", title, "slug", PostStatus.PUBLISHED, Instant.parse("2024-01-01T00:00:00Z"),
                "body", null, tags, List.of(List.of(new TermRef("A", null))), List.of(new TermRef("Ann", null)), null, null, new ArrayList<>());
    }
}
