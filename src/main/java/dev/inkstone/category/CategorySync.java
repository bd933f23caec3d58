package dev.inkstone.category;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What delta sync reads of categories: full views of a batch. */
@ApplicationScoped
@Transactional
public class CategorySync {

    private final CategoryRepository categories;
    private final CategoryService service;

    CategorySync(CategoryRepository categories, CategoryService service) {
        this.categories = categories;
        this.service = service;
    }

    /** Views of those of the categories that exist, by id, with a fixed number of queries per batch. */
    public Map<Long, CategoryView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return service.views(categories.findByIds(ids)).stream()
                .collect(Collectors.toMap(CategoryView::id, Function.identity()));
    }
}
