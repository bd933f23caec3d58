package dev.inkstone.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;
import dev.inkstone.common.error.ApiException;

@DatabaseIndependent
class PublicationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant PAST = Instant.parse("2026-01-13T00:00:00Z");
    private static final Instant FUTURE = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void missingStatusIsADraftKeepingItsDate() {
        assertEquals(new Publication(PostStatus.DRAFT, null), Publication.decide(null, null, new Post(), NOW));
        assertEquals(new Publication(PostStatus.DRAFT, FUTURE),
                Publication.decide(PostStatus.DRAFT, FUTURE, new Post(), NOW));
    }

    @Test
    void publishedWithoutDatePublishesNow() {
        assertEquals(new Publication(PostStatus.PUBLISHED, NOW),
                Publication.decide(PostStatus.PUBLISHED, null, new Post(), NOW));
    }

    @Test
    void republishingWithoutDateKeepsTheOriginalDate() {
        Post current = new Post();
        current.status = PostStatus.PUBLISHED;
        current.publishedAt = PAST;
        assertEquals(new Publication(PostStatus.PUBLISHED, PAST),
                Publication.decide(PostStatus.PUBLISHED, null, current, NOW));
    }

    @Test
    void statusFollowsTheClock() {
        assertEquals(PostStatus.SCHEDULED, Publication.decide(PostStatus.PUBLISHED, FUTURE, new Post(), NOW).status());
        assertEquals(PostStatus.PUBLISHED, Publication.decide(PostStatus.SCHEDULED, PAST, new Post(), NOW).status());
    }

    @Test
    void scheduledNeedsADate() {
        ApiException e = assertThrows(ApiException.class,
                () -> Publication.decide(PostStatus.SCHEDULED, null, new Post(), NOW));
        assertEquals("publishedAt", e.errors().get(0).field());
    }

    @Test
    void datesAreKeptToTheMillisecond() {
        Instant precise = Instant.parse("2026-01-13T00:00:00.123456789Z");
        assertEquals(Instant.parse("2026-01-13T00:00:00.123Z"),
                Publication.decide(PostStatus.PUBLISHED, precise, new Post(), NOW).publishedAt());
    }
}
