package dev.inkstone.redirect;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A redirect as the API returns it, its resource target with that resource's current slug. */
// Required fields tell it apart from RedirectPage in the oneOf GET /api/v1/redirects answers.
@Schema(name = "Redirect", requiredProperties = { "id", "path", "status", "origin", "createdAt" })
public record RedirectView(
        @Schema(examples = "5") long id,
        @Schema(description = "As given or imported", examples = "/2019/03/some-old-permalink/") String path,
        @Schema(enumeration = { "301", "302" }, examples = "301") int status,
        @Schema(nullable = true, description = "A path on the new site, when the target is no resource",
                examples = "/about/") String targetPath,
        // A description here would make SmallRye emit "type: object" next to the anyOf, which forbids the null.
        @Schema(nullable = true) Target target,
        @Schema(enumeration = { "admin", "import" }, description = "Added by an admin, or recorded by an import "
                + "from a post's source URL", examples = "import") String origin,
        @Schema(examples = "2026-01-14T03:39:17Z") Instant createdAt) {

    /** A resource target as shown: build the frontend's address from type and slug. */
    @Schema(name = "RedirectTarget", description = "The post, tag or category a redirect leads to (null for a "
            + "targetPath): send readers to your address for its type and slug")
    public record Target(
            @Schema(enumeration = { "post", "tag", "category" }, examples = "post") String type,
            @Schema(examples = "42") long id,
            @Schema(nullable = true, description = "Its current slug; null when it was deleted",
                    examples = "china-ai-innovation-challenges-us-competition-future") String slug) {
    }

    static RedirectView of(Redirect redirect, String slug) {
        return new RedirectView(redirect.id, redirect.path, redirect.status, redirect.targetPath,
                redirect.targetType == null ? null : new Target(redirect.targetType, redirect.targetId, slug),
                redirect.origin, redirect.createdAt);
    }
}
