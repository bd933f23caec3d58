package dev.inkstone.auth;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a token: the only time its value is shown. */
@Schema(name = "TokenCreated")
public record TokenCreated(
        @Schema(examples = "3") long id,
        @Schema(examples = "wordpress-migration") String name,
        @Schema(examples = "editor", enumeration = { "reader", "editor", "admin" }) Role role,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt,
        @Schema(description = "The bearer token; store it now, it cannot be shown again",
                examples = "ink_3q2-7wP0mZ8cYlq1nV4kq9S0bXh5b2m0yYzq8d0T1uE") String token) {
}
