package dev.inkstone.image;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.sql.InList;

/** Image queries; by sha256 through uq_image_sha256, lists through ix_image_created_at or the primary key. */
@ApplicationScoped
class ImageRepository implements PanacheRepositoryBase<Image, Long> {

    Optional<Image> findBySha(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    List<Image> findByShas(Collection<String> shas) {
        return shas.isEmpty() ? List.of() : byList("sha256", shas);
    }

    List<Image> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : byList("id", ids);
    }

    List<Image> page(Sort<Image> sort, PageRequest request) {
        return new ListQuery<>(Image.class).fetch(getEntityManager(), sort, request);
    }

    /** The images whose {@code field} is one of {@code values} (not empty), in a query Hibernate translates once. */
    private List<Image> byList(String field, Collection<?> values) {
        InList<?> in = InList.of(values);
        return list(in.condition(field), in.parameters());
    }
}
