package dev.inkstone.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import dev.inkstone.category.CategorySummary;
import dev.inkstone.post.PostStatus;
import dev.inkstone.post.PostView;
import dev.inkstone.tag.TagSummary;

/**
 * The fields that let search forgive how readers type: the title's and labels' pinyin (full syllables and initials)
 * and the suggestion keys. Only titles and labels: they are short, so these fields stay small (a body's pinyin
 * would double the index for matches a reader rarely means).
 */
final class ForgivingFields {

    /** Toneless syllables of the title and labels, one per Han character, "_" between runs. */
    static final String PINYIN = "pinyin";
    /** The first letter of each of those syllables, at the same positions: "sjk" finds 数据库. */
    static final String PINYIN_INITIALS = "pinyin_i";
    /** Suggestion terms: a folded key, a separator, the kind and the text shown (see {@link Suggestions}). */
    static final String SUGGEST = "suggest";
    /** When the post became or becomes visible (microseconds); absent for drafts, which are never suggested. */
    static final String SUGGEST_VISIBLE_AT = "suggest_visible_at";

    static final char SEPARATOR = '\u001f';
    static final char TITLE = 't';
    static final char TAG = 'g';
    static final char CATEGORY = 'c';
    /** A title is also suggested from its later Latin words ("modules" → "Using Go Modules"), up to this many. */
    private static final int TITLE_WORD_KEYS = 6;

    private ForgivingFields() {
    }

    static boolean isPinyin(String field) {
        return field.startsWith(PINYIN);
    }

    static void add(Document doc, PostView post, List<String> aliases) {
        List<String> labels = new ArrayList<>();
        post.tags().stream().map(TagSummary::name).forEach(labels::add);
        post.categories().stream().map(CategorySummary::name).forEach(labels::add);
        labels.addAll(aliases);
        List<String> texts = new ArrayList<>(labels);
        texts.add(0, post.title());
        pinyin(doc, texts);

        Set<String> terms = new LinkedHashSet<>();
        suggest(terms, TITLE, post.title(), true);
        post.tags().forEach(tag -> suggest(terms, TAG, tag.name(), false));
        post.categories().forEach(category -> suggest(terms, CATEGORY, category.name(), false));
        terms.forEach(term -> doc.add(new StringField(SUGGEST, term, Field.Store.NO)));
        if (post.status() != PostStatus.DRAFT) {
            doc.add(new NumericDocValuesField(SUGGEST_VISIBLE_AT, SearchService.micros(post.publishedAt())));
        }
    }

    /**
     * A page's title pinyin, so pinyin, initials and prefixes find pages as they find posts. No suggestion keys:
     * suggestions have no type, and a page title suggested would find nothing in the default (post) search.
     */
    static void addPage(Document doc, String title) {
        pinyin(doc, List.of(title));
    }

    private static void pinyin(Document doc, List<String> texts) {
        StringBuilder syllables = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (String text : texts) {
            for (String syllable : Pinyin.syllables(text + " ")) {
                syllables.append(syllable).append(' ');
                initials.append(syllable.charAt(0)).append(' ');
            }
        }
        doc.add(new TextField(PINYIN, syllables.toString(), Field.Store.NO));
        doc.add(new TextField(PINYIN_INITIALS, initials.toString(), Field.Store.NO));
    }

    /** The keys a text is suggested under: as written (folded), as pinyin, as initials, from later Latin words. */
    private static void suggest(Set<String> terms, char kind, String text, boolean wordKeys) {
        String folded = SearchText.fold(text);
        String value = SEPARATOR + String.valueOf(kind) + text;
        for (String key : keys(folded)) {
            terms.add(key + value);
        }
        if (wordKeys) {
            String[] words = folded.split(" ");
            for (int i = 1; i < words.length && i <= TITLE_WORD_KEYS; i++) {
                if (SearchText.isLetters(words[i])) {
                    terms.add(String.join(" ", List.of(words).subList(i, words.length)) + value);
                }
            }
        }
    }

    /** A folded text's keys; {@link Suggestions} folds what is typed the same way. */
    static Set<String> keys(String folded) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(folded);
        if (folded.codePoints().anyMatch(Pinyin::isHan)) {
            StringBuilder full = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            folded.codePoints().forEach(c -> {
                String syllable = Pinyin.isHan(c) ? Pinyin.of(c) : null;
                if (syllable != null) {
                    full.append(syllable);
                    initials.append(syllable.charAt(0));
                } else if (Character.isLetterOrDigit(c)) {
                    full.appendCodePoint(c);
                }
            });
            keys.add(full.toString());
            if (initials.length() >= 2) {
                keys.add(initials.toString());
            }
        }
        return keys;
    }
}
