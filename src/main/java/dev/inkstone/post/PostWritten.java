package dev.inkstone.post;

/**
 * Fired synchronously inside the transaction of a post write that changed a followed field (never for a write that
 * changes none of them), so an observer's own writes commit or roll back with it. {@code before} is null when the
 * write created the post; {@code post} is the view the write answers with; {@code actor} names who wrote when it
 * is not the caller's token (an import job, see {@link PostWriteActor}), else null.
 */
public record PostWritten(PostFields before, PostFields after, PostView post, String actor) {
}
