package dev.inkstone.post;

import java.time.Instant;

/** A published post as a sitemap lists it: where it lives and when it last changed. */
public record PostStamp(String slug, Instant updatedAt) {
}
