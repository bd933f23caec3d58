package dev.inkstone.importer.write;

import static dev.inkstone.importer.write.ImportText.clean;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.inkstone.author.AuthorService;
import dev.inkstone.importer.item.ImportedPost.TermRef;

/** The authors a post's or page's byline names: found or created once per job, in the caller's transaction. */
@ApplicationScoped
class ImportBylines {

    static final int MAX_AUTHORS = 20;

    private final AuthorService authors;
    private final EntityManager em;

    ImportBylines(AuthorService authors, EntityManager em) {
        this.authors = authors;
        this.em = em;
    }

    /** The byline's author slugs, without repeats, the first {@link #MAX_AUTHORS} (a note in {@code notes} if cut). */
    List<String> slugs(ImportRun run, List<TermRef> byline, List<String> notes) {
        List<String> slugs = new ArrayList<>();
        for (TermRef author : byline) {
            slugs.add(ensure(run, author));
        }
        return ImportInputs.firstDistinct(slugs, MAX_AUTHORS, "authors", notes);
    }

    private String ensure(ImportRun run, TermRef author) {
        String name = clean(author.name(), false);
        String key = author.slug() + '\u0000' + name;
        String slug = run.knownAuthors.getOrDefault(key, run.pendingAuthors.get(key));
        if (slug == null) {
            slug = authors.ensure(name, author.slug()).slug();
            // A batch's lookups do not flush (see ImportWriter#posts): the post service must find an author made here.
            em.flush();
            run.pendingAuthors.put(key, slug);
        }
        return slug;
    }
}
