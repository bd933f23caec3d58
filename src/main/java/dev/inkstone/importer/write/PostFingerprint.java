package dev.inkstone.importer.write;

import dev.inkstone.common.hash.Sha256;
import dev.inkstone.importer.item.ImportedPost;
import dev.inkstone.importer.item.ImportedSeo;

/** A fingerprint of everything the source says about a post: equal means nothing to update. */
final class PostFingerprint {

    private PostFingerprint() {
    }

    static String of(ImportedPost post) {
        StringBuilder all = new StringBuilder();
        for (Object field : new Object[] { post.title(), post.slug(), post.status(), post.publishedAt(),
                post.markdown(), post.excerpt(), post.sourceUrl(), post.featured() }) {
            all.append(field).append('\u0000');
        }
        post.authors().forEach(a -> all.append(a.name()).append('\u0001').append(a.slug()).append('\u0003'));
        all.append('\u0000');
        post.tags().forEach(t -> all.append(t.name()).append('\u0001').append(t.slug()).append('\u0000'));
        post.categories().forEach(path -> {
            path.forEach(c -> all.append(c.name()).append('\u0001').append(c.slug()).append('\u0002'));
            all.append('\u0000');
        });
        // Only when present, so posts imported before SEO fields existed keep their fingerprint.
        if (post.seo() != null && !post.seo().isEmpty()) {
            ImportedSeo seo = post.seo();
            for (Object field : new Object[] { seo.title(), seo.description(), seo.canonicalUrl(), seo.ogImage(),
                    seo.noindex() }) {
                all.append('\u0003').append(field);
            }
        }
        return Sha256.hex(all.toString());
    }
}
