package dev.inkstone.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.InstantSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    private final SiteRules rules;
    private final ImageService images;
    private final ChangeLog changes;
    private final ObjectMapper json;
    private final InstantSource clock;
    private final Event<SiteChanged> siteChanged;

    SiteService(SiteSettingsRepository settings, NavigationTargets targets, SiteRules rules, ImageService images,
            ChangeLog changes, ObjectMapper json, InstantSource clock, Event<SiteChanged> siteChanged) {
        this.siteChanged = siteChanged;
        this.settings = settings;
        this.targets = targets;
        this.rules = rules;
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
        SiteInput input = rules.validate(change.apply(before), before);
        String navigation = write(SiteRules.orEmpty(input.navigation()));
        String secondary = write(SiteRules.orEmpty(input.secondaryNavigation()));
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
            siteChanged.fire(new SiteChanged());
        }
        return view(site, true);
    }

    private SiteInput inputOf(SiteSettings site) {
        return new SiteInput(site.title, site.description, site.url, site.locale, site.timezone, site.logoImageId,
                site.iconImageId, read(site.navigation), read(site.secondaryNavigation));
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
