package dev.inkstone.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** /q/health/live: down once the search index failed, which only a restart (rebuilding it) mends. */
@Liveness
@ApplicationScoped
class SearchIndexLiveness implements HealthCheck {

    private final SearchIndex index;

    SearchIndexLiveness(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        SearchIndex.State state = index.state();
        return HealthCheckResponse.named("search index").status(state != SearchIndex.State.FAILED)
                .withData("state", state.name().toLowerCase()).build();
    }
}
