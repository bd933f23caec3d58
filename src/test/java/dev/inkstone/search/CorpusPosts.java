package dev.inkstone.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.inkstone.common.SharedCorpus;
import dev.inkstone.common.text.MarkdownFiles;

/**
 * Test helper: the shared corpus' markdown posts (markdown-zh and markdown-en), read in place. Titles and tags come
 * from the corpus manifest (parsed front matter), bodies from the files. Each post has a short key (its file name,
 * or its folder for Hugo's index.md) that relevance judgments name.
 */
final class CorpusPosts {


    /** One post as read from the corpus. */
    record CorpusPost(String key, String slug, String title, List<String> tags, String markdown) {
    }

    private CorpusPosts() {
    }

    static List<CorpusPost> load() throws IOException {
        Path corpus = SharedCorpus.require();
        JsonNode manifest = new ObjectMapper().readTree(corpus.resolve("manifest.json").toFile());
        List<CorpusPost> posts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode file : manifest.get("files")) {
            String path = file.get("file").asText();
            if (!path.startsWith("markdown-") || !(path.endsWith(".md") || path.endsWith(".markdown"))) {
                continue;
            }
            Path source = corpus.resolve(path);
            String name = source.getFileName().toString();
            String key = name.equals("index.md") ? source.getParent().getFileName().toString()
                    : name.substring(0, name.lastIndexOf('.'));
            if (!keys.add(key)) {
                throw new IllegalStateException("Two corpus posts have the key " + key);
            }
            JsonNode stats = file.get("stats");
            String title = stats.path("title").isTextual() && !stats.path("title").asText().isBlank()
                    ? stats.get("title").asText() : key;
            List<String> tags = new ArrayList<>();
            for (JsonNode tag : stats.path("tags")) {
                String value = tag.asText().strip();
                if (!value.isEmpty() && value.length() <= 100 && tags.size() < 10) {
                    tags.add(value);
                }
            }
            String markdown = MarkdownFiles.body(Files.readString(source, StandardCharsets.UTF_8));
            posts.add(new CorpusPost(key, slug(key), title.length() > 300 ? title.substring(0, 300) : title, tags,
                    markdown.isBlank() ? title : markdown));
        }
        return posts;
    }

    /** A valid slug for the key: lower-case letters and digits joined by '-', at most 120 characters. */
    static String slug(String key) {
        String slug = ("corpus-" + key.toLowerCase()).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 90).replaceAll("-+$", "") + "-" + Integer.toHexString(key.hashCode());
        }
        return slug;
    }
}
