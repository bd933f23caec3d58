package dev.inkstone.post;

import java.time.Instant;

/** A block of consecutive post ids (block n holds ids (n-1)·size+1 … n·size) and its newest published change. */
public record PostIdBlock(long number, Instant lastUpdated) {
}
