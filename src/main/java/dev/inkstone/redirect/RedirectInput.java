package dev.inkstone.redirect;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/redirects: an old path and where it leads, a path here or a resource (exactly one). */
@Schema(name = "RedirectInput")
public record RedirectInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "A path of the old site, or its full URL; matched percent-decoded, without a trailing "
                + "slash or fragment", examples = "/2019/03/some-old-permalink/") String path,
        @Schema(description = "301 (moved for good) or 302 (for now); 301 when absent",
                enumeration = { "301", "302" }, defaultValue = "301") Integer status,
        @Size(max = 2000)
        @Schema(description = "A path on the new site; give this or target", nullable = true, examples = "/about/")
        String targetPath,
        // A description here would make SmallRye emit "type: object" next to the anyOf, which forbids the null.
        @Valid @Schema(nullable = true) Target target) {

    /** A resource a redirect leads to; its current slug is looked up whenever the redirect is read. */
    @Schema(name = "RedirectTargetInput", description = "A post, tag or category; give this or targetPath")
    public record Target(
            @NotNull @Pattern(regexp = "post|tag|category", message = "must be post, tag or category")
            @Schema(enumeration = { "post", "tag", "category" }, examples = "post") String type,
            @NotNull @Schema(examples = "42") Long id) {
    }
}
