package dev.inkstone.importer.write;

import static dev.inkstone.importer.write.ImportOutcome.SKIPPED;
import static dev.inkstone.importer.write.ImportOutcome.UNCHANGED;
import static dev.inkstone.importer.write.ImportOutcome.UPDATED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;

import dev.inkstone.category.CategoryService;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.importer.item.ImportedSite;
import dev.inkstone.importer.media.ImportMedia;
import dev.inkstone.page.PageService;
import dev.inkstone.post.PostService;
import dev.inkstone.site.NavigationItemInput;
import dev.inkstone.site.SiteInput;
import dev.inkstone.site.SiteService;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;

/**
 * Fills the site settings from an import, only while they are still empty (no title, description, url, logo, icon
 * or navigation): an import never overwrites settings someone chose. A field the settings' rules refuse (a locale
 * that is no language tag) is left out with a note rather than losing the rest; navigation entries whose target is
 * not in this instance are left out too.
 */
@ApplicationScoped
public class ImportSiteWriter {

    /** The report line's key: one per import. */
    static final String KEY = "site";
    private static final int ATTEMPTS = 4;

    private final SiteService sites;
    private final PostService posts;
    private final TagService tags;
    private final CategoryService categories;
    private final ImportReport report;
    private final PageService pages;

    ImportSiteWriter(SiteService sites, PostService posts, TagService tags, CategoryService categories,
            ImportReport report, PageService pages) {
        this.pages = pages;
        this.sites = sites;
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.report = report;
    }

    public void site(ImportRun run, ImportedSite site) {
        String title = site.title() == null || site.title().isBlank() ? "site settings" : site.title();
        if (carriesNothing(site)) {
            report.record(run, ReportLine.without("site", KEY, title, UNCHANGED,
                    "the file's site settings are empty"), true);
            return;
        }
        if (!isEmpty(sites.get(true))) {
            // Unchanged rather than skipped: nothing in the file was refused, the settings simply stay.
            report.record(run, ReportLine.without("site", KEY, title, UNCHANGED,
                    "the site settings are not empty: kept as they are"), true);
            return;
        }
        List<String> notes = new ArrayList<>();
        SiteInput input = input(run, site, notes);
        if (run.dryRun) {
            report.record(run, new ReportLine("site", KEY, title, UPDATED, reason("would fill the empty site "
                    + "settings", notes), null, null), true);
            return;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                SiteInput wanted = input;
                sites.patch(current -> {
                    // Checked again in the write's transaction: settings filled meanwhile are never overwritten.
                    if (!isEmpty(current)) {
                        throw ApiException.conflict("site-not-empty", "the site settings are not empty", null);
                    }
                    return wanted;
                }, Precondition.NONE);
                report.record(run, new ReportLine("site", KEY, title, UPDATED,
                        reason("filled the empty site settings", notes), null, null), true);
                return;
            } catch (ConstraintViolationException e) {
                input = without(input, e.getConstraintViolations().stream()
                        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList(), notes);
            } catch (ApiException e) {
                if (e.type().equals("site-not-empty") || e.errors() == null || e.errors().isEmpty()
                        || attempt == ATTEMPTS) {
                    report.record(run, ReportLine.without("site", KEY, title, SKIPPED,
                            ImportText.describe(e)), true);
                    return;
                }
                input = without(input, e.errors(), notes);
            }
        }
        report.record(run, ReportLine.without("site", KEY, title, SKIPPED,
                reason("the settings' rules refused it", notes)), true);
    }

    private static String reason(String done, List<String> notes) {
        return notes.isEmpty() ? done : done + "; " + String.join("; ", notes);
    }

    /** Empty: nothing anyone chose yet (locale and time zone always hold a default, so they do not count). */
    private static boolean isEmpty(SiteInput site) {
        return (site.title() == null || site.title().isBlank()) && site.description() == null && site.url() == null
                && site.logoImageId() == null && site.iconImageId() == null
                && (site.navigation() == null || site.navigation().isEmpty())
                && (site.secondaryNavigation() == null || site.secondaryNavigation().isEmpty());
    }

    /** An export of an instance whose settings were never set: nothing to restore (locale and zone are defaults). */
    private static boolean carriesNothing(ImportedSite site) {
        return (site.title() == null || site.title().isBlank()) && site.description() == null && site.url() == null
                && site.logo() == null && site.icon() == null
                && (site.navigation() == null || site.navigation().isEmpty())
                && (site.secondaryNavigation() == null || site.secondaryNavigation().isEmpty());
    }

    private static boolean isEmpty(dev.inkstone.site.SiteView site) {
        return (site.title() == null || site.title().isBlank()) && site.description() == null && site.url() == null
                && site.logo() == null && site.icon() == null && site.navigation().isEmpty()
                && site.secondaryNavigation().isEmpty();
    }

    private SiteInput input(ImportRun run, ImportedSite site, List<String> notes) {
        SiteInput defaults = new SiteInput("", null, null, "en", "UTC", null, null, null, null);
        return new SiteInput(
                site.title() == null ? "" : ImportText.cut(ImportText.clean(site.title().strip(), false), 200),
                ImportText.trimmed(ImportText.clean(site.description(), true), 2000),
                ImportText.trimmed(site.url(), 2000),
                site.locale() == null || site.locale().isBlank() ? defaults.locale() : site.locale().strip(),
                site.timezone() == null || site.timezone().isBlank() ? defaults.timezone() : site.timezone().strip(),
                image(run, site.logo(), "logo", notes), image(run, site.icon(), "icon", notes),
                navigation(site.navigation(), "navigation", notes),
                navigation(site.secondaryNavigation(), "secondaryNavigation", notes));
    }

    private static Long image(ImportRun run, String reference, String what, List<String> notes) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        ImportMedia.Resolved resolved = run.media.resolve(reference, null, null);
        if (!resolved.found()) {
            notes.add(what + " image not found: " + resolved.missingReason());
            return null;
        }
        return resolved.image().id();
    }

    /** Entries with their targets found by slug in this instance; the others are left out with a note. */
    private List<NavigationItemInput> navigation(List<ImportedSite.NavItem> items, String field, List<String> notes) {
        if (items == null) {
            return null;
        }
        List<NavigationItemInput> found = new ArrayList<>();
        for (ImportedSite.NavItem item : items) {
            String label = item.label() == null ? "" : ImportText.cut(ImportText.clean(item.label(), false), 100);
            Optional<NavigationItemInput> resolved = item.page() != null
                    ? Optional.ofNullable(pages.idOfSlug(item.page()))
                            .map(id -> new NavigationItemInput(label, null, null, null, null, id))
                    : item.post() != null ? postId(item.post())
                    .map(id -> new NavigationItemInput(label, null, id, null, null))
                    : item.tag() != null ? tags.findBySlug(item.tag()).map(TagSummary::id)
                            .map(id -> new NavigationItemInput(label, null, null, id, null))
                    : item.category() != null ? categories.findBySlug(item.category())
                            .map(c -> new NavigationItemInput(label, null, null, null, c.id()))
                    : Optional.ofNullable(item.url()).map(url -> new NavigationItemInput(label, url, null, null, null));
            if (resolved.isPresent()) {
                found.add(resolved.get());
            } else {
                notes.add(field + " entry '" + label + "' left out: its target is not here");
            }
        }
        return found;
    }

    /** A post by slug in its own transaction (a miss then fails nothing else). */
    private Optional<Long> postId(String slug) {
        try {
            return Optional.of(posts.getBySlug(slug, true).id());
        } catch (RuntimeException e) {
            // No such post (ApiException), or an old slug (SlugMoved) of one the import gave another slug.
            return Optional.empty();
        }
    }

    /** The input without the fields the rules refused, each noted; navigation loses the entries named. */
    private static SiteInput without(SiteInput input, List<FieldError> errors, List<String> notes) {
        Set<String> fields = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        errors.forEach(error -> notes.add(error.field() + " left out: " + error.message()));
        return new SiteInput(fields.contains("title") ? "" : input.title(),
                fields.contains("description") ? null : input.description(),
                fields.contains("url") ? null : input.url(),
                fields.contains("locale") ? "en" : input.locale(),
                fields.contains("timezone") ? "UTC" : input.timezone(),
                fields.contains("logoImageId") ? null : input.logoImageId(),
                fields.contains("iconImageId") ? null : input.iconImageId(),
                entries(input.navigation(), "navigation", fields),
                entries(input.secondaryNavigation(), "secondaryNavigation", fields));
    }

    private static List<NavigationItemInput> entries(List<NavigationItemInput> items, String field,
            Set<String> refused) {
        if (items == null) {
            return null;
        }
        List<NavigationItemInput> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = field + "[" + i + "]";
            if (refused.stream().noneMatch(f -> f.equals(prefix) || f.startsWith(prefix + "."))) {
                kept.add(items.get(i));
            }
        }
        return refused.contains(field) ? null : kept;
    }
}
