package dev.inkstone.auth;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as listed: never its value, which exists only in the answer that created it. */
@Schema(name = "Token")
public record TokenView(
        @Schema(examples = "3") long id,
        @Schema(examples = "wordpress-migration") String name,
        @Schema(examples = "editor", enumeration = { "reader", "editor", "admin" }) Role role,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.id, token.name, token.role, token.createdAt);
    }
}
