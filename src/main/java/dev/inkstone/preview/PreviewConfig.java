package dev.inkstone.preview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Preview link settings, under {@code inkstone.preview}. */
@ConfigMapping(prefix = "inkstone.preview")
public interface PreviewConfig {

    /**
     * The link handed out, with {@code {token}} standing for the token (INKSTONE_PREVIEW_URL): by default the API's
     * own read, or a frontend's preview page such as {@code https://blog.example/preview/{token}}.
     */
    @WithDefault("/api/v1/previews/{token}")
    String url();
}
