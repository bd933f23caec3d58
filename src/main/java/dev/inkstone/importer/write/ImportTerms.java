package dev.inkstone.importer.write;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.category.CategoryInput;
import dev.inkstone.category.CategoryService;
import dev.inkstone.category.CategoryView;
import dev.inkstone.common.text.Slugs;
import dev.inkstone.importer.item.ImportedPost.TermRef;
import dev.inkstone.importer.write.ImportRun.CategoryRef;
import dev.inkstone.seo.SeoInput;
import dev.inkstone.tag.TagInput;
import dev.inkstone.tag.TagService;
import dev.inkstone.tag.TagSummary;

/**
 * Finds or creates the tags and categories an import names, inside the caller's transaction, remembering on the
 * run what exists so a term costs one lookup per job. A dry run only looks.
 */
@ApplicationScoped
class ImportTerms {

    /** A term as the import found or made it; id is null for one a dry run would create. */
    record Ensured(String slug, Long id, boolean created) {
    }

    private final TagService tags;
    private final CategoryService categories;

    ImportTerms(TagService tags, CategoryService categories) {
        this.tags = tags;
        this.categories = categories;
    }

    /** Finds or creates a tag; one that exists is left as it is (its description and SEO fields included). */
    Ensured ensureTag(ImportRun run, TermRef tag, String description, SeoInput seo) {
        String name = ImportText.clean(tag.name() == null || tag.name().isBlank() ? tag.slug() : tag.name().strip(),
                false);
        String slug = tag.slug() != null && Slugs.isValid(tag.slug()) ? tag.slug()
                : Slugs.slugifyOrFallback(name, "tag");
        Long id = run.knownTags.getOrDefault(slug, run.pendingTags.get(slug));
        if (id != null) {
            return new Ensured(slug, id, false);
        }
        Optional<TagSummary> found = tags.findBySlug(slug);
        boolean created = found.isEmpty();
        if (run.dryRun) {
            return new Ensured(slug, found.map(TagSummary::id).orElse(null), created);
        }
        id = found.map(TagSummary::id).orElseGet(() -> tags.create(new TagInput(ImportText.cut(name, 100), slug,
                ImportText.trimmed(description, 2000), seo, null, null)).id());
        run.pendingTags.put(slug, id);
        return new Ensured(slug, id, created);
    }

    /** Finds or creates each category of a path, root first; returns the last, created with the description. */
    Ensured ensureCategory(ImportRun run, List<TermRef> path, String description, SeoInput seo) {
        Long parentId = null;
        String parentSlug = null;
        Ensured last = null;
        for (TermRef node : path) {
            String name = ImportText.clean(node.name() == null || node.name().isBlank() ? node.slug()
                    : node.name().strip(), false);
            boolean derived = node.slug() == null || !Slugs.isValid(node.slug());
            String slug = derived ? Slugs.slugifyOrFallback(name, "category") : node.slug();
            CategoryRef found = category(run, slug);
            if (found != null && derived && parentSlug != null && !Objects.equals(found.parentId(), parentId)) {
                // The same name under another parent ("Foo A" twice): a separate category, slugged with its parent.
                slug = Slugs.slugifyOrFallback(parentSlug + "-" + name, "category");
                found = category(run, slug);
            }
            boolean created = found == null;
            if (found == null && !run.dryRun) {
                boolean leaf = node == path.get(path.size() - 1);
                CategoryView made = categories.create(new CategoryInput(ImportText.cut(name, 100), slug,
                        leaf ? ImportText.trimmed(description, 2000) : null, parentId, leaf ? seo : null, null, null));
                found = new CategoryRef(made.id(), made.parentId());
                run.pendingCategories.put(slug, found);
            }
            parentId = found == null ? null : found.id();
            parentSlug = slug;
            last = new Ensured(slug, parentId, created);
        }
        return last;
    }

    private CategoryRef category(ImportRun run, String slug) {
        CategoryRef known = run.knownCategories.getOrDefault(slug, run.pendingCategories.get(slug));
        if (known != null) {
            return known;
        }
        CategoryRef found = categories.findBySlug(slug).map(c -> new CategoryRef(c.id(), c.parentId())).orElse(null);
        if (found != null) {
            run.pendingCategories.put(slug, found);
        }
        return found;
    }
}
