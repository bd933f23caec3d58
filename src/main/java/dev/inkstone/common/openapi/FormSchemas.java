package dev.inkstone.common.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Keeps a request body that names its schema by reference to that reference. SmallRye adds the @RestForm parameters
 * as properties next to the $ref of the documented form (ImageUpload), and code generators reject a $ref with
 * siblings; the referenced schema already lists the same parts, with their descriptions.
 */
final class FormSchemas {

    private FormSchemas() {
    }

    static void fix(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(op -> {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                return;
            }
            op.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                Schema schema = media.getSchema();
                if (schema != null && schema.getRef() != null) {
                    schema.setProperties(null);
                    schema.setType(null);
                }
            });
        }));
    }
}
