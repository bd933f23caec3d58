package dev.inkstone.common.error;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import dev.inkstone.common.http.HttpLimits;
import dev.inkstone.common.http.StrictUtf8;

/**
 * Problem bodies for what never reaches a REST resource: paths nothing serves, and failures the HTTP layer answers
 * itself (an oversize body). Without this, those would get the framework's plain or HTML pages.
 */
@Singleton
class RouteProblems {

    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final long maxMultipartBytes;
    private final long maxLargeUploadBytes;
    private final List<String> largeUploadPaths;
    private final BodyHandler boundedBody;
    private final BodyHandler boundedMultipart;
    private final int maxUriLength;

    RouteProblems(ObjectMapper mapper, HttpLimits limits) {
        this.maxUriLength = limits.maxUriLength();
        this.mapper = mapper;
        this.maxBodyBytes = limits.maxBody().asLongValue();
        this.maxMultipartBytes = limits.maxMultipart().asLongValue();
        this.largeUploadPaths = limits.largeUpload().paths();
        this.maxLargeUploadBytes = limits.largeUpload().max().asLongValue();
        this.boundedBody = bodyHandler(maxBodyBytes);
        this.boundedMultipart = bodyHandler(maxMultipartBytes);
    }

    /** A body handler with the HTTP layer's own settings but the given limit. */
    private static BodyHandler bodyHandler(long limit) {
        Config config = ConfigProvider.getConfig();
        return BodyHandler.create()
                .setBodyLimit(limit)
                .setHandleFileUploads(config.getOptionalValue("quarkus.http.body.handle-file-uploads", Boolean.class)
                        .orElse(true))
                .setUploadsDirectory(config.getOptionalValue("quarkus.http.body.uploads-directory", String.class)
                        .orElse("file-uploads"))
                .setDeleteUploadedFilesOnEnd(config.getOptionalValue("quarkus.http.body.delete-uploaded-files-on-end",
                        Boolean.class).orElse(false))
                .setMergeFormAttributes(config.getOptionalValue("quarkus.http.body.merge-form-attributes",
                        Boolean.class).orElse(true))
                .setPreallocateBodyBuffer(false);
    }

    void register(@Observes Router router) {
        // The HTTP layer's limit (quarkus.http.limits.max-body-size) is the largest upload any route takes; each
        // route is held to its own here. A declared Content-Length over the route's limit is answered with a problem
        // body at once. A chunked body (no Content-Length) on any other route is read here by a body handler bounded
        // by the route's limit, which fails with 413 (a problem body too, below) when it runs over; the HTTP layer's
        // own body handler then sees the body read and leaves it.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (refusedTarget(ctx)) {
                return;
            }
            String length = ctx.request().getHeader("Content-Length");
            String type = ctx.request().getHeader("Content-Type");
            boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
            boolean large = multipart && largeUploadPaths.contains(ctx.request().path());
            long limit = large ? maxLargeUploadBytes : multipart ? maxMultipartBytes : maxBodyBytes;
            if (length != null && tooLarge(length, limit)) {
                ctx.response().putHeader("Connection", "close");
                send(ctx, 413, "The request body is larger than " + limit + " bytes");
            } else if (length == null && !large && ctx.request().headers().contains("Transfer-Encoding")) {
                (multipart ? boundedMultipart : boundedBody).handle(ctx);
            } else {
                ctx.next();
            }
        });
        // Authentication failures on routes outside the REST resources (/q/health with a wrong token) get the bodies
        // ProblemMapper gives the REST ones; the REST layer hands its own to ProblemMapper first.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.failure() instanceof AuthenticationFailedException failed) {
                Long retryAfter = TooManyAttempts.retryAfterSeconds(failed);
                if (retryAfter != null) {
                    ctx.response().putHeader("Retry-After", retryAfter.toString());
                    send(ctx, 429, "/problems/too-many-attempts", failed.getMessage());
                } else {
                    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"inkstone\"");
                    send(ctx, 401, "/problems/unauthorized",
                            failed.getMessage() == null ? "The bearer token is not valid" : failed.getMessage());
                }
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MAX_VALUE).handler(ctx -> send(ctx, 404, "No resource at this path"));
        router.errorHandler(404, ctx -> send(ctx, 404, "No resource at this path"));
        router.errorHandler(405, ctx -> send(ctx, 405, "This path does not support the method"));
        router.errorHandler(413, ctx -> send(ctx, 413, "The request body is too large"));
    }

    /**
     * The request target is held to inkstone.http.max-uri-length here, with a problem body: the HTTP layer's own
     * limit (quarkus.http.limits.max-initial-line-length, set far above it) answers a bare 414 before any handler
     * runs. Path and query must be UTF-8 once percent-decoded; the HTTP layer would turn bad bytes into U+FFFD.
     */
    private boolean refusedTarget(RoutingContext ctx) {
        String target = ctx.request().uri();
        if (target.length() > maxUriLength) {
            ctx.response().putHeader("Connection", "close");
            send(ctx, 414, "The request target is longer than " + maxUriLength + " characters");
            return true;
        }
        int query = target.indexOf('?');
        String part = !StrictUtf8.isValidUriPart(query < 0 ? target : target.substring(0, query)) ? "path"
                : query >= 0 && !StrictUtf8.isValidUriPart(target.substring(query + 1)) ? "query" : null;
        if (part != null) {
            String message = "the " + part + " is not valid UTF-8 once percent-decoded";
            send(ctx, 400, "/problems/invalid-parameter", message, List.of(new FieldError(part, message)));
            return true;
        }
        return false;
    }

    private static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void send(RoutingContext ctx, int status, String detail) {
        send(ctx, status, "about:blank", detail, null);
    }

    private void send(RoutingContext ctx, int status, String type, String detail) {
        send(ctx, status, type, detail, null);
    }

    private void send(RoutingContext ctx, int status, String type, String detail, List<FieldError> errors) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        Problem problem = new Problem(type, ProblemMapper.reason(status), status, detail,
                errors == null ? ctx.request().path() : null, errors);
        try {
            response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
    }
}
