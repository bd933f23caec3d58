package dev.inkstone.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageSummary;

/** What a settings write must obey beyond bean validation, each broken rule reported with its field. */
@ApplicationScoped
class SiteRules {

    private final NavigationTargets targets;
    private final ImageService images;

    SiteRules(NavigationTargets targets, ImageService images) {
        this.targets = targets;
        this.images = images;
    }

    /**
     * The checks bean validation cannot make, all reported at once; returns the input with its locale in canonical
     * case ({@code zh-cn} is stored as {@code zh-CN}). Images and references must exist when they are written; ones
     * kept from {@code before} whose target was deleted since are not checked again, so they cannot block an
     * unrelated change (reads leave them out).
     */
    SiteInput validate(SiteInput input, SiteInput before) {
        List<FieldError> errors = new ArrayList<>();
        if (input.url() != null && !absoluteHttp(input.url())) {
            errors.add(new FieldError("url", "must be an absolute http or https URL"));
        }
        String locale = canonicalLocale(input.locale());
        if (locale == null) {
            errors.add(new FieldError("locale", "must be a BCP 47 language tag such as zh-CN or en"));
        }
        if (!ZoneId.getAvailableZoneIds().contains(input.timezone())) {
            errors.add(new FieldError("timezone", "must be an IANA time zone id such as Asia/Shanghai or UTC"));
        }
        Set<Long> imageIds = new LinkedHashSet<>();
        Stream.of(input.logoImageId(), input.iconImageId()).filter(Objects::nonNull).forEach(imageIds::add);
        Map<Long, ImageSummary> found = images.summaries(imageIds);
        if (input.logoImageId() != null && !input.logoImageId().equals(before.logoImageId())
                && !found.containsKey(input.logoImageId())) {
            errors.add(new FieldError("logoImageId", "no image has this id"));
        }
        if (input.iconImageId() != null && !input.iconImageId().equals(before.iconImageId())
                && !found.containsKey(input.iconImageId())) {
            errors.add(new FieldError("iconImageId", "no image has this id"));
        }
        List<NavigationItemInput> primary = orEmpty(input.navigation());
        List<NavigationItemInput> secondary = orEmpty(input.secondaryNavigation());
        NavigationTargets.Resolved existing = targets.resolve(Stream.concat(primary.stream(), secondary.stream())
                .toList(), true);
        Set<NavigationItemInput> kept = new HashSet<>(orEmpty(before.navigation()));
        kept.addAll(orEmpty(before.secondaryNavigation()));
        checkItems("navigation", primary, existing, kept, errors);
        checkItems("secondaryNavigation", secondary, existing, kept, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new ApiException(422, "invalid-content", "Unprocessable Content",
                    errors.size() == 1 ? errors.get(0).message() : "the site settings break " + errors.size()
                            + " rules",
                    errors, null);
        }
        return new SiteInput(input.title(), input.description(), input.url(), locale, input.timezone(),
                input.logoImageId(), input.iconImageId(), input.navigation(), input.secondaryNavigation());
    }

    private static void checkItems(String list, List<NavigationItemInput> items, NavigationTargets.Resolved existing,
            Set<NavigationItemInput> kept, List<FieldError> errors) {
        for (int i = 0; i < items.size(); i++) {
            NavigationItemInput item = items.get(i);
            String at = list + "[" + i + "].";
            List<String> set = NavigationTargets.targetFields(item);
            if (set.isEmpty()) {
                errors.add(new FieldError(at + "url", "an item needs a url or one of postId, tagId, categoryId, pageId"));
            } else if (set.size() > 1) {
                errors.add(new FieldError(at + set.get(1), "an item has exactly one of url, postId, tagId, "
                        + "categoryId, pageId; this one also has " + set.get(0)));
            } else if (item.url() != null && !absoluteHttp(item.url()) && !rootRelative(item.url())) {
                errors.add(new FieldError(at + "url", "must be an absolute http or https URL or a path starting "
                        + "with a single /"));
            } else if (item.url() == null && existing.item(item) == null && !kept.contains(item)) {
                errors.add(new FieldError(at + set.get(0), "no " + set.get(0).replace("Id", "") + " has this id"));
            }
        }
    }

    static boolean absoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean rootRelative(String url) {
        if (!url.startsWith("/") || url.startsWith("//")) {
            return false;
        }
        try {
            return new URI(url).getScheme() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The tag in canonical case, or null when it is not well-formed BCP 47. */
    private static String canonicalLocale(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    static List<NavigationItemInput> orEmpty(List<NavigationItemInput> items) {
        return items == null ? List.of() : items;
    }
}
