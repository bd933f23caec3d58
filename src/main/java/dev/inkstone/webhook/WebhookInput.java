package dev.inkstone.webhook;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/webhooks; PATCH merges onto it. */
public record WebhookInput(
        @NotBlank @Size(max = 2000) @Schema(description = "http or https; by default not a loopback, private or "
                + "link-local address", examples = "https://api.netlify.com/build_hooks/5f2b3c") String url,
        @NotEmpty @Size(max = 20) @Schema(description = "Event names, type patterns such as tag.* or * for all: "
                + "post|page.published, .unpublished, .updated, .deleted; tag|category|image|author.created, "
                + ".updated, .deleted; site.changed", examples = "[\"post.*\", \"tag.updated\"]") List<@NotBlank String> events,
        @Schema(nullable = true, description = "Default true; setting it true again clears a deactivation",
                examples = "true") Boolean active,
        @Min(0) @Max(600) @Schema(nullable = true, description = "Changes within this many seconds of the first "
                + "become one delivery; default 0 (one delivery per committed write)", examples = "30")
        Integer coalesceSeconds) {
}
