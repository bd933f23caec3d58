package dev.inkstone.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shared test corpus and its manifest (per-file counts measured by the corpus' authors). */
final class Corpus {

    static final Path ROOT = Path.of("../shared/corpus");

    private Corpus() {
    }

    /** Manifest entries of one folder ("wxr", "markdown-zh", …). */
    static List<JsonNode> files(String category) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(ROOT.resolve("manifest.json").toFile());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            if (file.get("category").asText().equals(category)) {
                found.add(file);
            }
        }
        return found;
    }
}
