package dev.inkstone.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * The query for what a reader typed, forgiving how it was typed. Each part (see {@link SearchQuery}) matches as
 * written, or through
 * <ul>
 * <li>a synonym ({@link Synonyms}: 网盘 finds 云存储, 軟體 finds 软件), scored a little lower;
 * <li>pinyin of titles and labels (shujuku, "shu ju ku", shujuk as typed so far, sjk for 数据库);
 * <li>as a prefix when it is the last part, as typed so far (elasticsea, javascr), in titles and labels only: they
 * are short, so a prefix expands to few terms;
 * <li>as an English word one or two edits away (javascirpt) when the index has no word as written.
 * </ul>
 * Every part must match ({@link #all}); {@link #relaxed} requires only some, for the search's second try.
 */
final class ForgivingQuery {

    private static final float SYNONYM_BOOST = 0.5f;
    /** Fillers still count, but little: "how do I use go modules" is about go modules. */
    private static final float FILLER_BOOST = 0.2f;
    /** What each word matched adds to a relaxed query's score, so posts matching more words rank first. */
    private static final float PER_WORD = 1000f;
    private static final float PINYIN_BOOST = 2f;
    private static final float INITIALS_BOOST = 1f;
    private static final float PREFIX_BOOST = 1f;
    private static final float FUZZY_BOOST = 0.7f;
    private static final int MIN_PREFIX = 3;
    private static final int MIN_FUZZY = 4;
    private static final int MAX_INITIALS = 6;
    private static final int FUZZY_EXPANSIONS = 20;
    /** A word at least one post in this many has as written is read as that word (see {@link #common}). */
    private static final int COMMON_ONE_IN = 100;
    /** The word fields a word as written is looked up in. */
    private static final String[] WRITTEN_IN = { SearchFields.TITLE, SearchFields.LABELS, SearchFields.BODY };

    /** The ways a part may match besides as written; the product uses all unless configured off (SearchConfig). */
    enum Way {
        SYNONYMS, PINYIN, PREFIX, FUZZY;

        /** The ways the configuration turns on. */
        static Set<Way> enabled(SearchConfig.Forgiving config) {
            Set<Way> ways = EnumSet.noneOf(Way.class);
            if (config.synonyms()) {
                ways.add(SYNONYMS);
            }
            if (config.pinyin()) {
                ways.add(PINYIN);
            }
            if (config.prefix()) {
                ways.add(PREFIX);
            }
            if (config.fuzzy()) {
                ways.add(FUZZY);
            }
            return ways;
        }
    }

    /**
     * Words a question is made of rather than what it asks about: when no post has every word, these are the first
     * to go ("how do I use go modules", "怎么 传书 到 Kindle 上").
     */
    static final Set<String> FILLERS = Set.of("a", "an", "the", "how", "what", "why", "when", "where", "which",
            "who", "do", "does", "did", "i", "is", "are", "can", "to", "in", "on", "of", "for", "with", "my", "me",
            "如何", "怎么", "怎样", "怎么样", "为什么", "什么", "哪些", "哪个", "吗", "呢", "用", "给", "在", "的", "了",
            "到", "上", "把", "和", "与", "请问", "我", "能", "可以");

    private final List<Query> parts = new ArrayList<>();
    private final List<Query> fillers = new ArrayList<>();
    private final Set<Way> ways;
    /** Whether the index has word pairs for quoted phrases (not one of schema 3 answering during a rebuild). */
    private final boolean pairs;

    ForgivingQuery(List<SearchQuery.Part> typed, IndexReader reader, Synonyms synonyms) throws IOException {
        this(typed, reader, synonyms, EnumSet.allOf(Way.class));
    }

    ForgivingQuery(List<SearchQuery.Part> typed, IndexReader reader, Synonyms synonyms, Set<Way> ways)
            throws IOException {
        this(typed, new IndexSearcher(reader), synonyms, ways);
    }

    /** The query for the parts; {@code searcher} is the one that will run it (see {@link #fuzzy}). */
    ForgivingQuery(List<SearchQuery.Part> typed, IndexSearcher searcher, Synonyms synonyms, Set<Way> ways)
            throws IOException {
        this.ways = ways;
        this.pairs = WordPairs.indexed(searcher.getIndexReader());
        List<SearchQuery.Part> joined = ways.contains(Way.PINYIN) ? joinSpacedPinyin(typed) : typed;
        for (int i = 0; i < joined.size(); i++) {
            SearchQuery.Part typedPart = joined.get(i);
            Query part = part(typedPart, i == joined.size() - 1, searcher, synonyms);
            if (part != null) {
                boolean filler = !typedPart.phrase() && FILLERS.contains(typedPart.text().toLowerCase(Locale.ROOT));
                if (filler) {
                    fillers.add(new BoostQuery(part, FILLER_BOOST));
                } else {
                    parts.add(part);
                }
            }
        }
        if (parts.isEmpty()) {
            // Only fillers ("how to"): they are what is asked.
            parts.addAll(fillers);
            fillers.clear();
        }
    }

    /** How many parts that are not fillers have a query. */
    int size() {
        return parts.size();
    }

    /** Whether some parts are fillers, which a relaxed query no longer requires. */
    boolean hasFillers() {
        return !fillers.isEmpty();
    }

    /** Every part must match; null when no part has a term. */
    Query all() {
        if (parts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        parts.forEach(part -> query.add(part, Occur.MUST));
        fillers.forEach(part -> query.add(part, Occur.MUST));
        return query.build();
    }

    /**
     * At least {@code minimum} of the parts that are not fillers must match; fillers only add to the score. Posts
     * matching more parts score higher.
     */
    Query relaxed(int minimum) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (minimum >= parts.size()) {
            parts.forEach(part -> query.add(part, Occur.MUST));
        } else {
            BooleanQuery.Builder some = new BooleanQuery.Builder();
            parts.forEach(part -> some.add(part, Occur.SHOULD));
            some.setMinimumNumberShouldMatch(minimum);
            query.add(some.build(), Occur.MUST);
            // Each word matched adds a constant far above any BM25 score: more words first, BM25 among equals.
            parts.forEach(part -> query.add(new BoostQuery(new ConstantScoreQuery(part), PER_WORD), Occur.SHOULD));
        }
        fillers.forEach(part -> query.add(part, Occur.SHOULD));
        return query.build();
    }

    /**
     * "shu ju ku" is one word typed as syllables: parts that are each one syllable (the last may be unfinished)
     * become one part, so they must follow each other as in 数据库 rather than appear anywhere. Only single
     * syllables: "run database" splits into syllables too (run da ta ba se) but is English.
     */
    static List<SearchQuery.Part> joinSpacedPinyin(List<SearchQuery.Part> parts) {
        if (parts.size() < 2) {
            return parts;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            SearchQuery.Part part = parts.get(i);
            String text = part.text().toLowerCase(Locale.ROOT);
            List<String> pieces = SearchText.isLetters(text) && !part.phrase() ? Pinyin.split(text) : null;
            boolean last = i == parts.size() - 1;
            if (pieces == null || pieces.size() > 1 || (!last && !Pinyin.SYLLABLES.contains(pieces.get(0)))) {
                return parts;
            }
            joined.append(text);
        }
        return List.of(new SearchQuery.Part(joined.toString(), false));
    }

    private Query part(SearchQuery.Part part, boolean last, IndexSearcher searcher, Synonyms synonyms)
            throws IOException {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        int found = add(either, SearchQuery.part(part, SearchQuery.Analysis.BOTH, pairs), 1f);
        if (!part.phrase()) {
            List<String> alternatives = ways.contains(Way.SYNONYMS) ? synonyms.alternatives(part.text()) : List.of();
            for (String alternative : alternatives) {
                found += add(either, SearchQuery.part(new SearchQuery.Part(alternative, false),
                        SearchQuery.Analysis.BOTH), SYNONYM_BOOST);
            }
            String letters = part.text().toLowerCase(Locale.ROOT);
            if (SearchText.isLetters(letters)) {
                found += asLetters(either, letters, last, searcher);
            }
        }
        return found == 0 ? null : either.build();
    }

    /**
     * The ways letters may match besides as written: as pinyin, as typed so far, with a typo. The word is cut once
     * for all of them (its stem, as the word fields index it) and looked up once for how many posts have it.
     */
    private int asLetters(BooleanQuery.Builder either, String letters, boolean last, IndexSearcher searcher)
            throws IOException {
        boolean pinyin = ways.contains(Way.PINYIN);
        boolean prefix = ways.contains(Way.PREFIX) && last && letters.length() >= MIN_PREFIX;
        boolean fuzzy = ways.contains(Way.FUZZY) && letters.length() >= MIN_FUZZY;
        if (!pinyin && !prefix && !fuzzy) {
            return 0;
        }
        String stem = stem(letters);
        IndexReader reader = searcher.getIndexReader();
        int written = (pinyin || fuzzy) && stem != null ? asWritten(stem, reader) : 0;
        int found = 0;
        if (pinyin && !common(written, reader)) {
            found += add(either, pinyin(letters), PINYIN_BOOST);
            found += add(either, initials(letters), INITIALS_BOOST);
        }
        if (prefix) {
            found += add(either, prefix(letters, stem), PREFIX_BOOST);
        }
        if (fuzzy && stem != null && written == 0) {
            found += add(either, fuzzy(stem, searcher), FUZZY_BOOST);
        }
        return found;
    }

    private static int add(BooleanQuery.Builder either, Query query, float boost) {
        if (query == null) {
            return 0;
        }
        either.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        return 1;
    }

    /** Two or more syllables in a row in a title or label; the last as typed so far. */
    static Query pinyin(String letters) {
        List<String> pieces = Pinyin.split(letters);
        if (pieces == null || pieces.size() < 2) {
            return null;
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (int i = 0; i < pieces.size() - 1; i++) {
            phrase.add(new Term(ForgivingFields.PINYIN, pieces.get(i)));
        }
        List<String> endings = Pinyin.completions(pieces.get(pieces.size() - 1));
        phrase.add(endings.stream().map(s -> new Term(ForgivingFields.PINYIN, s)).toArray(Term[]::new));
        return phrase.build();
    }

    /** Letters that are no syllables ("sjk") as the initials of characters in a row. */
    static Query initials(String letters) {
        if (letters.length() < 2 || letters.length() > MAX_INITIALS || Pinyin.split(letters) != null) {
            return null;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        letters.chars().forEach(c -> phrase.add(new Term(ForgivingFields.PINYIN_INITIALS, String.valueOf((char) c))));
        return phrase.build();
    }

    /**
     * The word as typed so far, in titles and labels, also as stemmed ("database" is indexed as "databas"; the stem is
     * null when the letters are not one word).
     */
    static Query prefix(String letters, String stem) {
        List<String> forms = stem == null || stem.equals(letters) ? List.of(letters) : List.of(letters, stem);
        BooleanQuery.Builder prefixes = new BooleanQuery.Builder();
        for (String form : forms) {
            prefixes.add(new PrefixQuery(new Term(SearchFields.TITLE, form)), Occur.SHOULD);
            prefixes.add(new PrefixQuery(new Term(SearchFields.LABELS, form)), Occur.SHOULD);
        }
        return prefixes.build();
    }

    /**
     * In how many posts the word (its stem) appears as written, in the field where it appears most: the fuzzy way is
     * for words no post has, and the pinyin way not for words many posts have.
     */
    static int asWritten(String stem, IndexReader reader) throws IOException {
        int most = 0;
        for (String field : WRITTEN_IN) {
            most = Math.max(most, reader.docFreq(new Term(field, stem)));
        }
        return most;
    }

    /**
     * Whether at least one post in {@link #COMMON_ONE_IN} has the word as written: then a reader typing it means that
     * word, and its pinyin reading is left out ("model" is not 模的了, mo de l…). Such a reading of a common word
     * also cost the most: its clause could score high in any title, so Lucene could skip none of the posts that have
     * the word, and two English words of the search benchmark visited 64,000 of 100,000 posts instead of 2,600. A
     * rarer word written in Latin letters, often a name's pinyin itself (beijing in a post about 北京), keeps it.
     */
    static boolean common(int written, IndexReader reader) {
        return written > 0 && (long) written * COMMON_ONE_IN >= reader.numDocs();
    }

    /**
     * The word with a typo, for a word no post has as written ({@link #asWritten} 0): one edit for short words, two
     * from eight letters.
     * Returned already expanded to the words it stands for (the searcher's rewrite: a boolean query of the closest
     * terms), because every use of a fuzzy query builds its Levenshtein automata again: each relaxing run, and the
     * highlighter once per hit and field, which also had to analyse each hit's whole body again (automata keep it
     * from reading offsets from the postings). That was the largest single cost of a forgiving search.
     */
    static Query fuzzy(String stem, IndexSearcher searcher) throws IOException {
        int edits = stem.length() >= 8 ? 2 : 1;
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        for (String field : WRITTEN_IN) {
            near.add(new FuzzyQuery(new Term(field, stem), edits, 1, FUZZY_EXPANSIONS, true), Occur.SHOULD);
        }
        return searcher.rewrite(near.build());
    }

    /** The word as the word fields index it (folded, stemmed); null when it is not one word. */
    private static String stem(String letters) {
        List<SearchQuery.Token> tokens = SearchQuery.tokens(SearchAnalysis.WORDS, letters);
        return tokens.size() == 1 ? tokens.get(0).term() : null;
    }
}
