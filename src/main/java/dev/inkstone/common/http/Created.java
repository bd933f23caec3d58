package dev.inkstone.common.http;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.RestResponse;

/** A 201 whose Location names the new resource. */
public final class Created {

    private Created() {
    }

    /** The new resource lives at {@code collection/id}. */
    public static <T> RestResponse<T> at(UriBuilder collection, long id, T body) {
        return RestResponse.ResponseBuilder.create(Status.CREATED, body)
                .location(collection.path(Long.toString(id)).build()).build();
    }
}
