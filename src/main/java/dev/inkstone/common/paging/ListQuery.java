package dev.inkstone.common.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The filtered, sorted list of one entity (alias {@code e}), read one page at a time by offset or by keyset, plus its
 * total. Conditions are JPQL fragments with named parameters; the repositories that build them say which index
 * serves each.
 */
public final class ListQuery<E> {

    private final Class<E> type;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public ListQuery(Class<E> type) {
        this.type = type;
    }

    /** Adds a condition; {@code parameter} may be null for a condition without one. */
    public ListQuery<E> where(String condition, String parameter, Object value) {
        conditions.add(condition);
        if (parameter != null) {
            parameters.put(parameter, value);
        }
        return this;
    }

    /** The rows of the requested page in sort order, plus one more when a next page exists. */
    public List<E> fetch(EntityManager em, Sort<E> sort, PageRequest request) {
        List<String> all = new ArrayList<>(conditions);
        if (request.keyset()) {
            all.add(sort.after());
        }
        TypedQuery<E> query = em.createQuery("select e from " + type.getSimpleName() + " e" + where(all)
                + " order by " + sort.orderBy(), type);
        parameters.forEach(query::setParameter);
        if (request.keyset()) {
            Object value = request.cursor().valueFor(sort);
            if (!sort.field().attribute().equals("id")) {
                query.setParameter("kv", value);
            }
            query.setParameter("kid", request.cursor().id());
        }
        return query.setFirstResult(request.offset()).setMaxResults(request.perPage() + 1).getResultList();
    }

    public long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("select count(e) from " + type.getSimpleName() + " e"
                + where(conditions), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
