package dev.inkstone.feed;

import java.time.Instant;
import java.util.List;

/**
 * One feed, whatever its format: the newest published posts of the site, a tag or a category subtree, every URL
 * absolute. {@code selfBase} is the feed's own address without its file name ({@code …/feeds/tag/ai/}).
 */
record Feed(String title, String description, String pageUrl, String selfBase, Instant updated,
        List<Entry> entries) {

    /**
     * A post as a feed item, its HTML with absolute links; {@code categories} are the names of its tags and
     * categories, as readers show them; {@code authors} the byline's names.
     */
    record Entry(String url, String title, String summary, String html, Instant published, Instant updated,
            List<String> authors, List<String> categories) {
    }
}
