package dev.inkstone.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a reference to another resource in a write body as its id: a number, or the object a GET shows (a post's
 * {@code featuredImage} with its URLs), whose other fields are ignored, so a client can send back what it read. An
 * object with a null id and a url (an external featured image) names no stored image: null.
 */
public class IdReference extends StdDeserializer<Long> {

    public IdReference() {
        super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return context.readValue(parser, Long.class);
        }
        JsonNode object = context.readTree(parser);
        JsonNode id = object.get("id");
        if ((id == null || id.isNull()) && object.hasNonNull("url")) {
            // An image outside the media library (a post's external featured image): no stored image to name.
            return null;
        }
        if (id == null || !id.canConvertToLong() || !id.isIntegralNumber()) {
            return (Long) context.handleUnexpectedToken(Long.class, JsonToken.START_OBJECT, parser,
                    "an object here must carry the id as a number, e.g. {\"id\": 12}");
        }
        return id.longValue();
    }
}
