package dev.inkstone.importer.write;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Source keys of imported items. */
@ApplicationScoped
class ImportSourceRepository implements PanacheRepositoryBase<ImportSource, Long> {

    /** Served by uq_import_source_source_key. */
    Optional<ImportSource> find(String kind, String key) {
        return find("kind = ?1 and key = ?2", kind, key).firstResultOptional();
    }
}
