package dev.inkstone.common.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lets a oneOf speak for itself. SmallRye writes the Java type's {@code type} next to a {@code oneOf} (object for a
 * marker interface, integer for a Long that also accepts an object), and JSON Schema applies both, so the string or
 * object alternative could never validate. Here the type goes, and a null it allowed becomes an alternative. The same
 * holds for a nullable reference's anyOf.
 */
final class OneOfTypes {

    private OneOfTypes() {
    }

    static void fix(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(OneOfTypes::visit);
    }

    private static void visit(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty() && schema.getType() != null) {
            boolean nullable = schema.getType().contains(Schema.SchemaType.NULL);
            schema.setType(null);
            schema.setFormat(null);
            if (nullable) {
                List<Schema> alternatives = new ArrayList<>(schema.getOneOf());
                alternatives.add(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
                schema.setOneOf(alternatives);
            }
        }
        if (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(OneOfTypes::isNull)
                && schema.getType() != null) {
            // SmallRye writes a nullable reference as anyOf [ref, null] and, for some properties, a bare
            // type: object beside it, which a null can never satisfy; the anyOf says all there is.
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OneOfTypes::visit);
        }
        visit(schema.getItems());
    }

    private static boolean isNull(Schema alternative) {
        return alternative.getType() != null && alternative.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
