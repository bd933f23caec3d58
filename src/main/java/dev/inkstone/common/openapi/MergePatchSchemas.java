package dev.inkstone.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the schema of each merge-patch body from the input schema it patches: a resource's PATCH body refers to
 * {@code <Name>Patch}, which is made here from {@code <Name>Input} with the same properties and none required
 * (RFC 7396: a patch names only what changes). Derived, so a field added to an input cannot be missing from its
 * patch; a validator then accepts the one-field patch the server accepts. In every input, an optional field may
 * also be null, which means absent (and in a patch: remove it), so each one is declared nullable here.
 */
final class MergePatchSchemas {

    private static final String PATCH = "Patch";
    private static final String INPUT = "Input";

    private MergePatchSchemas() {
    }

    static void add(OpenAPI openApi) {
        Components components = openApi.getComponents();
        if (components == null || components.getSchemas() == null || openApi.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = components.getSchemas();
        schemas.forEach((name, schema) -> {
            if (name.endsWith(INPUT)) {
                optionalMeansNullable(schema);
            }
        });
        openApi.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(op -> {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                return;
            }
            op.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                String ref = media.getSchema() == null ? null : media.getSchema().getRef();
                String name = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
                if (name == null || !name.endsWith(PATCH) || schemas.containsKey(name)) {
                    return;
                }
                Schema input = schemas.get(name.substring(0, name.length() - PATCH.length()) + INPUT);
                if (input == null) {
                    throw new IllegalStateException(name + " needs a schema named "
                            + name.replace(PATCH, INPUT) + " to derive it from");
                }
                components.addSchema(name, patchOf(input));
            });
        }));
    }

    private static void optionalMeansNullable(Schema input) {
        if (input.getProperties() == null) {
            return;
        }
        List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(input.getProperties());
        properties.replaceAll((name, property) -> {
            if (required.contains(name) || acceptsNull(property)) {
                return property;
            }
            boolean plain = property.getRef() == null && property.getEnumeration() == null
                    && property.getType() != null && property.getAnyOf() == null && property.getOneOf() == null;
            if (plain) {
                return property.addType(Schema.SchemaType.NULL);
            }
            return OASFactory.createSchema().anyOf(List.of(property, nullSchema()));
        });
        input.setProperties(properties);
    }

    private static boolean acceptsNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null && alternatives.stream().anyMatch(MergePatchSchemas::acceptsNull)) {
                return true;
            }
        }
        return false;
    }

    private static Schema nullSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }

    private static Schema patchOf(Schema input) {
        Schema patch = OASFactory.createSchema()
                .type(input.getType())
                .description("An RFC 7396 merge patch: only the fields to change; null removes an optional field. "
                        + "The result must be valid as a whole, as a PUT body.")
                .properties(new LinkedHashMap<>(input.getProperties()));
        patch.setAdditionalPropertiesSchema(input.getAdditionalPropertiesSchema());
        return patch;
    }
}
