package dev.inkstone.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a reference to a tag or category in a write body as its slug: a slug string, or the object a GET shows
 * ({@code {"id", "slug", "name", …}}), whose other fields are ignored, so a client can send back what it read.
 */
public class SlugReference extends StdDeserializer<String> {

    public SlugReference() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return context.readValue(parser, String.class);
        }
        JsonNode object = context.readTree(parser);
        JsonNode slug = object.get("slug");
        if (slug == null || !slug.isTextual()) {
            return (String) context.handleUnexpectedToken(String.class, JsonToken.START_OBJECT, parser,
                    "an object here must carry the slug as a string, e.g. {\"slug\": \"deepseek\"}");
        }
        return slug.textValue();
    }
}
