package dev.inkstone.importer;

/**
 * Fired, inside the item's transaction, for each post an import wrote, with the address it had on the old site (null
 * when the source named none). Features above the importer observe it (the redirects of a migrated site).
 */
public record PostImported(long postId, String sourceUrl) {
}
