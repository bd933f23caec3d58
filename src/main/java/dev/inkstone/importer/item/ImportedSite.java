package dev.inkstone.importer.item;

import java.util.List;

/**
 * Site settings as a source gives them: an Inkstone export's site object, or a WXR channel's title, description, link
 * and language. Images by reference (an exported image's sha256), navigation targets by slug, since ids differ
 * between instances. Null fields are unknown to the source.
 */
public record ImportedSite(String title, String description, String url, String locale, String timezone,
        String logo, String icon, List<NavItem> navigation, List<NavItem> secondaryNavigation) {

    /** A navigation entry: a label and a URL, or the slug of a post, tag or category. */
    public record NavItem(String label, String url, String post, String tag, String category, String page) {
    }
}
