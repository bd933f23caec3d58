package dev.inkstone.importer;

import java.util.List;

/**
 * Fired inside each transaction of an import that wrote posts or found them unchanged, once for all of them (a batch
 * of up to {@code inkstone.import.batch-size}), so the features above the importer that observe it (the redirects of
 * a migrated site) look up a batch's addresses in one query rather than one per post.
 */
public record PostsImported(List<PostImported> posts) {
}
