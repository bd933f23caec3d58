package dev.inkstone.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The streaming walk over a Ghost export, wrapped ({@code {"db":[{"meta":…,"data":{…}}]}}) or not
 * ({@code {"meta":…,"data":{…}}}): it hands each row of each table of {@code data} to a handler, one row in memory at
 * a time, every JSON string held to {@code inkstone.import.max-text}. Only the first database of a wrapped export is
 * read; the number of the others is returned so the reader can report them.
 */
final class GhostJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Gets each row of a table of the export's data. */
    interface RowHandler {
        void row(String table, JsonNode row) throws BadImportFile;
    }

    /** Opens the export once per pass: a file, or an entry of a zip. */
    interface Source {
        InputStream open() throws IOException;
    }

    /** An export's opening: wrapped in {@code db}, or its {@code meta} (with exported_on) or {@code data} first. */
    private static final Pattern EXPORT_START = Pattern.compile(
            "^\\{\\s*(?:\"db\"\\s*:\\s*\\[\\s*\\{\\s*\"(?:meta|data)\"\\s*:"
                    + "|\"meta\"\\s*:\\s*\\{[^{}]*\"exported_on\"|\"data\"\\s*:\\s*\\{\\s*\"[a-z_]+\"\\s*:\\s*\\[)");

    private final JsonFactory factory;
    private final long maxText;

    GhostJson(long maxText) {
        this.maxText = maxText;
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxText)).build()).build().setCodec(JSON);
    }

    /** Walks the rows of the tables named (others are skipped unread); returns how many databases were left out. */
    int walk(Source source, Set<String> tables, RowHandler handler) throws IOException, BadImportFile {
        try (InputStream in = source.open();
                JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadImportFile("not a Ghost export: the file is not a JSON object");
            }
            boolean sawData = false;
            int leftOut = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("db") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        if (sawData) {
                            leftOut++;
                            parser.skipChildren();
                        } else {
                            sawData = database(parser, tables, handler);
                        }
                    }
                } else if (field.equals("data") && value == JsonToken.START_OBJECT && !sawData) {
                    tables(parser, tables, handler);
                    sawData = true;
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawData) {
                throw new BadImportFile("not a Ghost export: no \"data\" object");
            }
            return leftOut;
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
                throw new BadImportFile("a JSON string is longer than " + maxText
                        + " characters, the limit of inkstone.import.max-text");
            }
            throw new BadImportFile("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    /** One element of {@code db}: its {@code data}, if it has one. */
    private static boolean database(JsonParser parser, Set<String> tables, RowHandler handler)
            throws IOException, BadImportFile {
        boolean sawData = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("data") && value == JsonToken.START_OBJECT) {
                tables(parser, tables, handler);
                sawData = true;
            } else {
                parser.skipChildren();
            }
        }
        return sawData;
    }

    private static void tables(JsonParser parser, Set<String> tables, RowHandler handler)
            throws IOException, BadImportFile {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String table = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value != JsonToken.START_ARRAY || !tables.contains(table)) {
                parser.skipChildren();
                continue;
            }
            JsonToken row;
            while ((row = parser.nextToken()) != null && row != JsonToken.END_ARRAY) {
                if (row == JsonToken.START_OBJECT) {
                    handler.row(table, parser.readValueAsTree());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** Whether the first bytes of a file (BOM and leading space removed) open a Ghost export. */
    static boolean looksLikeExport(String start) {
        return EXPORT_START.matcher(start).find();
    }

    /** A field as text: null when absent, null or blank; numbers (legacy ids) as their digits. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
