package dev.inkstone.redirect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.inkstone.importer.PostsImported;

/** Records the old site's path of every imported post, in the transaction that wrote the post. */
@ApplicationScoped
class ImportedRedirects {

    private final RedirectService redirects;

    ImportedRedirects(RedirectService redirects) {
        this.redirects = redirects;
    }

    void postsImported(@Observes PostsImported imported) {
        redirects.recordImported(imported.posts());
    }
}
