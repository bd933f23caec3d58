package dev.inkstone.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageSummary;

/** The site settings: reads with resolved images and navigation, and validated merge-patch writes. */
@ApplicationScoped
@Transactional
public class SiteService {

    private static final TypeReference<List<NavigationItemInput>> ITEMS = new TypeReference<>() {
    };

    private final SiteSettingsRepository settings;
    private final NavigationTargets targets;
    private final ImageService images;
    private final ChangeLog changes;
    private final ObjectMapper json;
    private final InstantSource clock;

    SiteService(SiteSettingsRepository settings, NavigationTargets targets, ImageService images, ChangeLog changes,
            ObjectMapper json, InstantSource clock) {
        this.settings = settings;
        this.targets = targets;
        this.images = images;
        this.changes = changes;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The settings; without {@code mayReadDrafts} (anonymous readers) navigation references to content they may not
     * see are left out. A fixed number of queries: the row, the images, and one batch per kind of reference.
     */
    public SiteView get(boolean mayReadDrafts) {
        return view(settings.load(), mayReadDrafts);
    }

    /** Applies a change to the current settings as an input, in one transaction with the write. */
    public SiteView patch(UnaryOperator<SiteInput> change, Precondition precondition) {
        SiteSettings site = settings.load();
        precondition.check(() -> view(site, true));
        SiteInput before = inputOf(site);
        SiteInput input = validate(change.apply(before), before);
        String navigation = write(orEmpty(input.navigation()));
        String secondary = write(orEmpty(input.secondaryNavigation()));
        boolean changed = !Objects.equals(site.title, input.title())
                || !Objects.equals(site.description, input.description()) || !Objects.equals(site.url, input.url())
                || !Objects.equals(site.locale, input.locale()) || !Objects.equals(site.timezone, input.timezone())
                || !Objects.equals(site.logoImageId, input.logoImageId())
                || !Objects.equals(site.iconImageId, input.iconImageId())
                || !Objects.equals(site.navigation, navigation) || !Objects.equals(site.secondaryNavigation, secondary);
        if (changed) {
            site.title = input.title();
            site.description = input.description();
            site.url = input.url();
            site.locale = input.locale();
            site.timezone = input.timezone();
            site.logoImageId = input.logoImageId();
            site.iconImageId = input.iconImageId();
            site.navigation = navigation;
            site.secondaryNavigation = secondary;
            site.updatedAt = Timestamps.normalize(clock.instant());
            // Cached public answers of GET /api/v1/site go with the new content version.
            changes.recordUnlogged();
            settings.flush();
        }
        return view(site, true);
    }

    private SiteInput inputOf(SiteSettings site) {
        return new SiteInput(site.title, site.description, site.url, site.locale, site.timezone, site.logoImageId,
                site.iconImageId, read(site.navigation), read(site.secondaryNavigation));
    }

    /**
     * The checks bean validation cannot make, all reported at once; returns the input with its locale in canonical
     * case ({@code zh-cn} is stored as {@code zh-CN}). Images and references must exist when they are written; ones
     * kept from {@code before} whose target was deleted since are not checked again, so they cannot block an
     * unrelated change (reads leave them out).
     */
    private SiteInput validate(SiteInput input, SiteInput before) {
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
        Set<NavigationItemInput> kept = new java.util.HashSet<>(orEmpty(before.navigation()));
        kept.addAll(orEmpty(before.secondaryNavigation()));
        checkItems("navigation", primary, existing, kept, errors);
        checkItems("secondaryNavigation", secondary, existing, kept, errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
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
                errors.add(new FieldError(at + "url", "an item needs a url or one of postId, tagId, categoryId"));
            } else if (set.size() > 1) {
                errors.add(new FieldError(at + set.get(1), "an item has exactly one of url, postId, tagId, "
                        + "categoryId; this one also has " + set.get(0)));
            } else if (item.url() != null && !absoluteHttp(item.url()) && !rootRelative(item.url())) {
                errors.add(new FieldError(at + "url", "must be an absolute http or https URL or a path starting "
                        + "with a single /"));
            } else if (item.url() == null && existing.item(item) == null && !kept.contains(item)) {
                errors.add(new FieldError(at + set.get(0), "no " + set.get(0).replace("Id", "") + " has this id"));
            }
        }
    }

    private SiteView view(SiteSettings site, boolean mayReadDrafts) {
        List<NavigationItemInput> primary = read(site.navigation);
        List<NavigationItemInput> secondary = read(site.secondaryNavigation);
        NavigationTargets.Resolved resolved = targets.resolve(Stream.concat(primary.stream(), secondary.stream())
                .toList(), mayReadDrafts);
        Set<Long> imageIds = new LinkedHashSet<>();
        Stream.of(site.logoImageId, site.iconImageId).filter(Objects::nonNull).forEach(imageIds::add);
        Map<Long, ImageSummary> found = images.summaries(imageIds);
        return new SiteView(site.title, site.description, site.url, site.locale, site.timezone,
                site.logoImageId == null ? null : found.get(site.logoImageId),
                site.iconImageId == null ? null : found.get(site.iconImageId),
                present(primary, resolved), present(secondary, resolved), site.updatedAt, site.version);
    }

    /** The items whose target the caller may see, in order; the others are left out rather than failing the read. */
    private static List<NavigationItem> present(List<NavigationItemInput> items, NavigationTargets.Resolved resolved) {
        return items.stream().map(resolved::item).filter(Objects::nonNull).toList();
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

    private static List<NavigationItemInput> orEmpty(List<NavigationItemInput> items) {
        return items == null ? List.of() : items;
    }

    private List<NavigationItemInput> read(String stored) {
        try {
            return json.readValue(stored, ITEMS);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored navigation is not valid JSON", e);
        }
    }

    private String write(List<NavigationItemInput> items) {
        try {
            return json.writeValueAsString(items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
