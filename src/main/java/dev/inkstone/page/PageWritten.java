package dev.inkstone.page;

/**
 * Fired synchronously inside the transaction of a page write that changed something: {@code before} is null when
 * the write created the page, {@code after} null when it deleted it; {@code wasPublic}/{@code isPublic} say whether
 * anonymous readers could see it before and after. For observers in higher packages (webhooks).
 */
public record PageWritten(PageView before, PageView after, boolean wasPublic, boolean isPublic) {
}
