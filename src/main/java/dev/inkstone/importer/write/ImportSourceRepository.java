package dev.inkstone.importer.write;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.sql.InList;

/** Source keys of imported items. */
@ApplicationScoped
class ImportSourceRepository implements PanacheRepositoryBase<ImportSource, Long> {

    /** Served by uq_import_source_source_key. */
    Optional<ImportSource> find(String kind, String key) {
        return find("kind = ?1 and key = ?2", kind, key).firstResultOptional();
    }

    /** The sources of some keys of one kind, by key (a batch of an import); served by uq_import_source_source_key. */
    Map<String, ImportSource> byKeys(String kind, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        // One parameter per key (InList): a collection-valued one is translated to SQL again at every execution.
        InList<String> in = InList.of(keys);
        return list(in.condition("key") + " and kind = ?" + in.next(), in.parameters(kind)).stream()
                .collect(Collectors.toMap(source -> source.key, source -> source));
    }
}
