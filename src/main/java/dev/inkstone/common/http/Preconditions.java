package dev.inkstone.common.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.core.http.HttpServerRequest;

/**
 * Reads the conditional headers of the current request for a resource to hand to its service. The service takes
 * a {@link Precondition} value rather than this bean, so a call from elsewhere (an import) never picks up headers
 * that were not meant for it.
 */
@RequestScoped
public class Preconditions {

    private final HttpServerRequest request;
    private final ETags etags;

    Preconditions(HttpServerRequest request, ETags etags) {
        this.request = request;
        this.etags = etags;
    }

    public Precondition fromRequest() {
        EntityTagCondition ifMatch = EntityTagCondition.parse(request.headers().getAll(HttpHeaders.IF_MATCH));
        EntityTagCondition ifNoneMatch =
                EntityTagCondition.parse(request.headers().getAll(HttpHeaders.IF_NONE_MATCH));
        return ifMatch == null && ifNoneMatch == null ? Precondition.NONE
                : new Precondition(ifMatch, ifNoneMatch, etags);
    }
}
