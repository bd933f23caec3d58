package dev.inkstone.importer;

import jakarta.enterprise.context.ApplicationScoped;

/** Stores no image: posts keep their original links and the report lists each image as missing. */
@ApplicationScoped
class LinkKeepingMedia implements ImportMedia {

    static final String NOT_STORED = "images not stored";

    @Override
    public Resolved resolve(String reference) {
        return new Resolved(null, reference, NOT_STORED);
    }

    @Override
    public String rewrite(String markdown) {
        return markdown;
    }
}
