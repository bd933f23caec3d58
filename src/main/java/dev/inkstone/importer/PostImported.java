package dev.inkstone.importer;

/**
 * A post an import wrote or found unchanged, with the address it had on the old site (null when the source named
 * none); announced with the rest of its transaction's posts ({@link PostsImported}).
 */
public record PostImported(long postId, String sourceUrl) {
}
