package dev.inkstone.content;

/** Fired on this instance after a content transaction committed as change number {@code seq}. */
public record ContentCommitted(long seq) {
}
