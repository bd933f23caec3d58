package dev.inkstone.importer.job;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/imports/wordpress: a live WordPress site to read over its REST API. */
@Schema(name = "WordPressImportInput")
public record WordPressImportInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "The site's address (the REST API is read below it, at wp-json/wp/v2/)",
                examples = "https://blog.example.com")
        String url,
        @Size(max = 200)
        @Schema(nullable = true, description = "A WordPress user name; with applicationPassword, drafts, pending, "
                + "scheduled and private posts are imported too", examples = "admin")
        String username,
        @Size(max = 200)
        @Schema(nullable = true, description = "An application password of that user (Users › Profile › Application "
                + "Passwords); sent to the site only, never stored", examples = "abcd EFGH 1234 ijkl MNOP 5678")
        String applicationPassword,
        @Schema(nullable = true, description = "Fetch and store the images the site lists as media (from the site's "
                + "own host only, under the image limits); false by default", examples = "true")
        Boolean fetchMedia,
        @Schema(nullable = true, description = "Report what would happen and write nothing; false by default",
                examples = "false")
        Boolean dryRun) {
}
