package dev.inkstone.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.common.SharedCorpus;

/** The large shared test corpus and its manifest (per-file counts measured by the corpus' authors); see SharedCorpus. */
public final class Corpus {

    private Corpus() {
    }

    /** The corpus root; skips the test when the corpus is absent (see {@link SharedCorpus}). */
    public static Path root() {
        return SharedCorpus.require();
    }

    /** Manifest entries of one folder ("wxr", "markdown-zh", …). */
    public static List<JsonNode> files(String category) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(root().resolve("manifest.json").toFile());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            if (file.get("category").asText().equals(category)) {
                found.add(file);
            }
        }
        return found;
    }
}
