package dev.inkstone.redirect;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;

/** Redirect queries: lookups by uq_redirect_path, lists by it or by the primary key. */
@ApplicationScoped
class RedirectRepository implements PanacheRepositoryBase<Redirect, Long> {

    Optional<Redirect> findByKey(String pathKey) {
        return find("pathKey", pathKey).firstResultOptional();
    }

    List<Redirect> page(Sort<Redirect> sort, PageRequest request) {
        return new ListQuery<>(Redirect.class).fetch(getEntityManager(), sort, request);
    }
}
