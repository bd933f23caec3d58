package dev.inkstone.redirect;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.sql.InList;

/** Redirect queries: lookups by uq_redirect_path, lists by it or by the primary key. */
@ApplicationScoped
class RedirectRepository implements PanacheRepositoryBase<Redirect, Long> {

    Optional<Redirect> findByKey(String pathKey) {
        return find("pathKey", pathKey).firstResultOptional();
    }

    /** The redirects of some path keys (not none), by key: one range of uq_redirect_path per key. */
    Map<String, Redirect> byKeys(Collection<String> pathKeys) {
        InList<String> in = InList.of(pathKeys);
        return list(in.condition("pathKey"), in.parameters()).stream()
                .collect(Collectors.toMap(r -> r.pathKey, r -> r));
    }

    List<Redirect> page(Sort<Redirect> sort, PageRequest request) {
        return new ListQuery<>(Redirect.class).fetch(getEntityManager(), sort, request);
    }
}
