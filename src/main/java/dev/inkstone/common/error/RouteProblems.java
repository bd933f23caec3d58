package dev.inkstone.common.error;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem bodies for what never reaches a REST resource: paths nothing serves, and failures the HTTP layer answers
 * itself (an oversize body). Without this, those would get the framework's plain or HTML pages.
 */
@Singleton
class RouteProblems {

    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final long maxUploadBytes;

    RouteProblems(ObjectMapper mapper, @ConfigProperty(name = "inkstone.http.max-body") MemorySize maxBody,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxUpload) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxUploadBytes = maxUpload.asLongValue();
    }

    void register(@Observes Router router) {
        // A declared Content-Length over the limit is answered here with a problem body; the HTTP layer's own
        // check stays as the backstop for chunked bodies, which it cuts off with a bare 413.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            // Multipart bodies (image uploads) may reach the HTTP layer's limit; everything else stays small.
            String type = ctx.request().getHeader("Content-Type");
            long limit = type != null && type.regionMatches(true, 0, "multipart/", 0, 10) ? maxUploadBytes
                    : maxBodyBytes;
            if (length != null && tooLarge(length, limit)) {
                ctx.response().putHeader("Connection", "close");
                send(ctx, 413, "The request body is larger than " + limit + " bytes");
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MAX_VALUE).handler(ctx -> send(ctx, 404, "No resource at this path"));
        router.errorHandler(404, ctx -> send(ctx, 404, "No resource at this path"));
        router.errorHandler(405, ctx -> send(ctx, 405, "This path does not support the method"));
        router.errorHandler(413, ctx -> send(ctx, 413, "The request body is too large"));
    }

    private static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void send(RoutingContext ctx, int status, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        Problem problem = new Problem("about:blank", ProblemMapper.reason(status), status, detail,
                ctx.request().path(), null);
        try {
            response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
    }
}
