package dev.inkstone.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /q/health/ready: not ready while searches answer 503: the index opens, or is rebuilt with no older one to answer from.
 */
@Readiness
@ApplicationScoped
class SearchIndexReadiness implements HealthCheck {

    private final SearchIndex index;

    SearchIndexReadiness(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        SearchIndex.State state = index.state();
        return HealthCheckResponse.named("search index").status(index.searchable())
                .withData("state", state.name().toLowerCase()).build();
    }
}
