package dev.inkstone.webhook;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.inkstone.content.ChangeType;

/**
 * The event names a webhook can subscribe to, and how a subscription matches one. Posts are announced as anonymous
 * readers see them (published, unpublished, updated while public, deleted after being public: a draft's edits are
 * nobody's news); tags, categories and images as created, updated, deleted; the site settings as changed. {@code post.*} and {@code *} match a
 * type's events or all of them.
 */
final class WebhookEvents {

    static final String ALL = "*";
    static final String PING = "ping";
    /** The site settings changed (PATCH /api/v1/site); they are one resource, outside the change log. */
    static final String SITE_CHANGED = "site.changed";
    static final List<String> POST_EVENTS = List.of("post.published", "post.unpublished", "post.updated",
            "post.deleted");
    static final List<String> OTHER_ACTIONS = List.of("created", "updated", "deleted");

    private WebhookEvents() {
    }

    /** Every event name, then every pattern, as documented. */
    static List<String> known() {
        List<String> names = new java.util.ArrayList<>(POST_EVENTS);
        for (ChangeType type : ChangeType.values()) {
            if (type != ChangeType.POST) {
                OTHER_ACTIONS.forEach(action -> names.add(type.wireName() + "." + action));
            }
            names.add(type.wireName() + ".*");
        }
        names.add(SITE_CHANGED);
        names.add("site.*");
        names.add(ALL);
        return names;
    }

    static boolean isKnown(String pattern) {
        return known().contains(pattern);
    }

    /** The event a tag, category or image change is: {@code tag.created} and so on. */
    static String of(ChangeType type, String action) {
        return type.wireName() + "." + action;
    }

    static String join(Set<String> patterns) {
        return String.join(" ", patterns);
    }

    static Set<String> split(String stored) {
        return new LinkedHashSet<>(Arrays.asList(stored.split(" ")));
    }

    /** Whether subscribed patterns (as stored) include an event. A ping goes to every webhook. */
    static boolean matches(String stored, String event) {
        if (PING.equals(event)) {
            return true;
        }
        String typeWildcard = event.substring(0, event.indexOf('.')) + ".*";
        for (String pattern : stored.split(" ")) {
            if (pattern.equals(ALL) || pattern.equals(event) || pattern.equals(typeWildcard)) {
                return true;
            }
        }
        return false;
    }
}
