package dev.inkstone.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;

/**
 * Groups of words that mean the same to a reader (手机, 移动端, mobile), applied to the query, never to the index: a
 * change takes effect on the next search, with no re-index. The groups shipped with the code
 * ({@code synonyms.txt} beside this class) cover blog-domain near-terms in Chinese and English and the
 * Traditional/Simplified pairs that differ as words (軟體/软件), which the per-character folding cannot make; an
 * administrator adds groups in the file named by {@code inkstone.search.synonyms-file}, read again whenever it
 * changes. One group per line, words separated by commas, {@code #} starts a comment.
 */
@ApplicationScoped
class Synonyms {

    /** A word of a query part meets at most this many alternatives, so one part cannot fan out without bound. */
    static final int MAX_ALTERNATIVES = 6;

    private static final String BUILT_IN = "synonyms.txt";

    private final Optional<Path> file;
    private final Map<String, Set<String>> builtIn;
    private volatile Loaded loaded;

    /** The groups in force and the file's time when they were read. */
    private record Loaded(Map<String, Set<String>> groups, FileTime modified) {
    }

    @Inject
    Synonyms(SearchConfig config) {
        this(config.synonymsFile());
    }

    /** The built-in groups and those of the file, if any. */
    Synonyms(Optional<Path> file) {
        this.file = file;
        try (InputStream in = Synonyms.class.getResourceAsStream(BUILT_IN)) {
            this.builtIn = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.loaded = new Loaded(builtIn, null);
    }

    /**
     * The part's text with each known word replaced by each of its alternatives ("网盘推荐" → "云存储推荐", "cloud
     * storage推荐"…), at most {@link #MAX_ALTERNATIVES}; empty when no word of it is known. Chinese words match
     * anywhere in the part (Chinese has no spaces); Latin words only as the whole part.
     */
    List<String> alternatives(String part) {
        String text = SearchText.fold(part);
        Map<String, Set<String>> groups = groups();
        Set<String> out = new LinkedHashSet<>();
        // Text all in Latin letters can only be a Latin word itself, looked up at once; other text is searched for
        // each word with another letter (a stream per word here was 1.6% of a search's CPU at 100,000 posts).
        boolean latinText = latin(text);
        Iterable<Map.Entry<String, Set<String>>> candidates = !latinText ? groups.entrySet()
                : groups.containsKey(text) ? List.of(Map.entry(text, groups.get(text))) : List.of();
        for (Map.Entry<String, Set<String>> entry : candidates) {
            String word = entry.getKey();
            int at = latinText ? 0 : latin(word) ? -1 : text.indexOf(word);
            if (at < 0) {
                continue;
            }
            for (String other : entry.getValue()) {
                // A Latin word inside Chinese text stands apart, so "gc器" does not become one unknown word.
                String gap = latin(other) ? " " : "";
                out.add((text.substring(0, at) + gap + other + gap + text.substring(at + word.length())).strip());
                if (out.size() >= MAX_ALTERNATIVES) {
                    return List.copyOf(out);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether every character comes before the CJK blocks (Latin letters, digits, spaces, punctuation). */
    private static boolean latin(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x3000) {
                return false;
            }
        }
        return true;
    }

    /** How many words have alternatives; for the log and tests. */
    int size() {
        return groups().size();
    }

    /** The groups, the administrator's file read again when its time changed; a broken file keeps the last ones. */
    private Map<String, Set<String>> groups() {
        if (file.isEmpty()) {
            return builtIn;
        }
        Loaded current = loaded;
        try {
            FileTime modified = Files.getLastModifiedTime(file.get());
            if (!modified.equals(current.modified())) {
                Map<String, Set<String>> merged = new LinkedHashMap<>();
                builtIn.forEach((word, others) -> merged.put(word, new LinkedHashSet<>(others)));
                try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                    parse(reader).forEach((word, others) -> merged.computeIfAbsent(word, w -> new LinkedHashSet<>())
                            .addAll(others));
                }
                current = new Loaded(merged, modified);
                loaded = current;
                Log.infof("Search synonyms read from %s: %d words with alternatives", file.get(), merged.size());
            }
        } catch (IOException e) {
            Log.warnf("Search synonyms file %s unreadable, keeping the last groups: %s", file.get(), e.toString());
        }
        return current.groups();
    }

    /** Every word of a group maps to the group's other words; words are folded as the index folds text. */
    static Map<String, Set<String>> parse(Reader source) throws IOException {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(source);
        String line;
        while ((line = lines.readLine()) != null) {
            int comment = line.indexOf('#');
            String content = comment < 0 ? line : line.substring(0, comment);
            List<String> words = new ArrayList<>();
            for (String word : content.split("[,，]")) {
                String folded = SearchText.fold(word);
                if (!folded.isEmpty() && !words.contains(folded)) {
                    words.add(folded);
                }
            }
            for (String word : words) {
                Set<String> others = groups.computeIfAbsent(word, w -> new LinkedHashSet<>());
                words.stream().filter(w -> !w.equals(word)).forEach(others::add);
            }
        }
        return groups;
    }
}
