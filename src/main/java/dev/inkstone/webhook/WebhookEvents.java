package dev.inkstone.webhook;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.inkstone.content.ChangeType;

/**
 * The event names a webhook can subscribe to, and how a subscription matches one. Posts and pages are announced as
 * anonymous readers see them (published, unpublished, updated while public, deleted after being public: a draft's
 * edits are nobody's news); tags, categories, images and authors as created, updated, deleted; the site settings as
 * changed. {@code post.*} and {@code *} match a type's events or all of them.
 */
final class WebhookEvents {

    static final String ALL = "*";
    static final String PING = "ping";
    /** The site settings changed (PATCH /api/v1/site); they are one resource, outside the change log. */
    static final String SITE_CHANGED = "site.changed";
    /** The types announced by what readers see, with PUBLISHED_ACTIONS rather than OTHER_ACTIONS. */
    static final Set<ChangeType> PUBLISHED_TYPES = Set.of(ChangeType.POST, ChangeType.PAGE);
    static final List<String> PUBLISHED_ACTIONS = List.of("published", "unpublished", "updated", "deleted");
    static final List<String> OTHER_ACTIONS = List.of("created", "updated", "deleted");

    private WebhookEvents() {
    }

    /** Every event name, then every pattern, as documented. */
    static List<String> known() {
        List<String> names = new java.util.ArrayList<>();
        for (ChangeType type : ChangeType.values()) {
            (PUBLISHED_TYPES.contains(type) ? PUBLISHED_ACTIONS : OTHER_ACTIONS)
                    .forEach(action -> names.add(type.wireName() + "." + action));
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

    /** The event a change is: {@code tag.created}, {@code page.published} and so on. */
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
