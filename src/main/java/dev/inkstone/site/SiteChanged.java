package dev.inkstone.site;

/**
 * Fired inside the transaction of a site settings write that changed something, so features above (webhooks) can
 * record what they owe in the same transaction: the settings are not in the change log, which sync follows.
 */
public record SiteChanged() {
}
