package dev.inkstone.seo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageSummary;

/**
 * Writes and reads the SEO fields of any entity that embeds {@link Seo}. It sits between image and the features
 * that use it (post, page, tag, category, author): tags, categories and authors may see images (image depends on
 * no feature), so each feature resolves its og:image here in the same batch style as a post's featured image.
 */
@ApplicationScoped
@Transactional
public class SeoService {

    private final ImageService images;

    SeoService(ImageService images) {
        this.images = images;
    }

    /**
     * Sets the fields from a validated input (null: no overrides) and tells whether anything changed. An og:image
     * id naming no image is a 422 naming {@code seo.ogImage}.
     */
    public boolean apply(Seo target, SeoInput input) {
        if (target.matches(input)) {
            return false;
        }
        SeoInput wanted = input == null ? SeoInput.NONE : input;
        Long ogImage = wanted.ogImage();
        if (ogImage != null && !ogImage.equals(target.ogImageId) && images.summaries(List.of(ogImage)).isEmpty()) {
            throw ApiException.invalid("seo.ogImage", "no image has the id " + ogImage);
        }
        target.title = wanted.title();
        target.description = wanted.description();
        target.canonicalUrl = wanted.canonicalUrl();
        target.ogImageId = ogImage;
        target.noindex = wanted.noindexOrFalse();
        return true;
    }

    /** The og:image summaries of a page of entities, one query whatever its size (none when no image is set). */
    public Map<Long, ImageSummary> ogImages(Collection<Seo> seos) {
        Set<Long> ids = seos.stream().filter(Objects::nonNull).map(s -> s.ogImageId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : images.summaries(ids);
    }

    /** The view of one entity's fields (one query when an og:image is set). */
    public SeoView view(Seo seo) {
        return SeoView.of(seo, ogImages(seo == null ? List.of() : List.of(seo)));
    }
}
