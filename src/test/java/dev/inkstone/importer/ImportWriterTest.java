package dev.inkstone.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.inkstone.importer.ImportedPost.TermRef;
import dev.inkstone.post.PostStatus;

class ImportWriterTest {

    @Test
    void cleanDropsWhatTheApiRefusesAndKeepsTheRest() {
        String fine = "中文 title 😀";
        assertSame(fine, ImportWriter.clean(fine, false));
        assertEquals("a b c", ImportWriter.clean("a\tb\nc", false));
        assertEquals("a\tb\nc", ImportWriter.clean("a\tb\u000c\nc\u0000", true));
        assertEquals("x😀y", ImportWriter.clean("x\ud83d\ude00\ud800y\uffff", false));
    }

    @Test
    void hashChangesWithAnyFieldAndOnlyThen() {
        ImportedPost post = post("Title", List.of(new TermRef("Go", null)));
        assertEquals(ImportWriter.hash(post), ImportWriter.hash(post("Title", List.of(new TermRef("Go", null)))));
        assertNotEquals(ImportWriter.hash(post), ImportWriter.hash(post("Title 2", List.of(new TermRef("Go", null)))));
        assertNotEquals(ImportWriter.hash(post), ImportWriter.hash(post("Title", List.of(new TermRef("Go", "go")))));
    }

    @Test
    void longKeysStayUniqueWithinTheColumn() {
        String a = "k".repeat(1500) + "a";
        String b = "k".repeat(1500) + "b";
        assertTrue(ImportWriter.key(a).length() <= 1000);
        assertNotEquals(ImportWriter.key(a), ImportWriter.key(b));
        assertEquals("short", ImportWriter.key("short"));
    }

    private static ImportedPost post(String title, List<TermRef> tags) {
        return new ImportedPost("key", title, "slug", PostStatus.PUBLISHED, Instant.parse("2024-01-01T00:00:00Z"),
                "body", null, tags, List.of(List.of(new TermRef("A", null))), "Ann", null, null, new ArrayList<>());
    }
}
