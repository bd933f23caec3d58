package dev.inkstone.search;

import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

import dev.inkstone.author.AuthorService;
import dev.inkstone.cache.ContentClock;
import dev.inkstone.category.CategoryService;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.QueryParameters;
import dev.inkstone.common.paging.Cursor;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.post.StatusFilter;
import dev.inkstone.tag.TagService;

/**
 * Full-text search over posts and, when asked, pages: ranks by relevance with the index, filters like post lists,
 * highlights snippets.
 * Not transactional: a search reads the index, and only the tag and category filters ask their services (each in
 * its own short transaction) which ids a slug stands for.
 */
@ApplicationScoped
public class SearchService {

    /** Offset paging reaches this far; deeper results are a cursor's job (each offset page re-ranks all before it). */
    static final int MAX_OFFSET_RESULTS = 10_000;
    static final int MAX_TAGS = 20;
    private static final String RELEVANCE = "relevance";
    /** The stored fields a page of hits reads: what a hit shows and what its snippets are made from. */
    private static final Set<String> READ = Stream.concat(SearchFields.SHOWN.stream(),
            Highlighting.SOURCES.stream()).collect(Collectors.toUnmodifiableSet());

    private final SearchIndex index;
    private final TagService tags;
    private final CategoryService categories;
    private final InstantSource clock;
    private final AuthorService authors;
    private final ContentClock content;
    /**
     * Hits are counted exactly up to here, then the total is a lower bound: counting every hit of a common word keeps
     * Lucene from skipping the blocks that cannot reach the page, which made such words the slowest at 100,000 posts.
     */
    private final int exactTotalUpTo;
    private final Synonyms synonyms;
    private final int relaxBelow;
    private final Set<ForgivingQuery.Way> ways;
    private final FilterIds filterIds = new FilterIds();

    SearchService(SearchIndex index, TagService tags, CategoryService categories, InstantSource clock,
            ContentClock content, Synonyms synonyms, SearchConfig config, AuthorService authors) {
        this.authors = authors;
        this.clock = clock;
        this.content = content;
        this.exactTotalUpTo = config.exactTotalUpTo();
        this.synonyms = synonyms;
        this.relaxBelow = config.relaxBelow();
        this.ways = ForgivingQuery.Way.enabled(config.forgiving());
        this.index = index;
        this.tags = tags;
        this.categories = categories;
    }

    /**
     * A page of hits, whether the index reflected the current content version when it was read, and whether it
     * required only some of the words (none matched all; see {@link Relaxing}).
     */
    public record Result(Page<SearchHit> page, boolean indexCurrent, boolean relaxed) {
    }

    /** A page of hits and whether its words were relaxed, as one run of {@link Relaxing} gives it. */
    record Answer(Page<SearchHit> page, boolean relaxed) {
    }

    /**
     * Hits for the query; for {@code publicOnly} (anonymous readers) a hidden tag or category is an unknown slug. The
     * index is brought up to the content version the response cache keys answers by, so an answer kept under that
     * version holds what it says; when it cannot get there in time the result says so.
     */
    public Result search(SearchFilters filters, StatusFilter status, PageRequest request, boolean publicOnly) {
        List<SearchQuery.Part> parts = SearchQuery.parse(filters.q);
        Float afterScore = request.keyset() ? cursorScore(request.cursor()) : null;
        if (!request.keyset() && request.offset() + request.perPage() > MAX_OFFSET_RESULTS) {
            throw ApiException.badParameter("page", "search pages reach the first " + MAX_OFFSET_RESULTS
                    + " results; use the cursor to go further");
        }
        ContentClock.State state = content.state();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        filter(query, filters, status, publicOnly, state);
        if (!index.searchable()) {
            throw SearchIndex.unavailable();
        }
        if (!SearchQuery.hasTerms(parts)) {
            return new Result(new Page<>(List.of(), new Page.PageInfo(request.number(), request.perPage(), 0, 1),
                    null), true, false);
        }
        BooleanQuery filtersOnly = query.build();
        try {
            SearchIndex.Answer<Answer> answer = index.search(state.version(), searcher -> {
                ForgivingQuery forgiving = new ForgivingQuery(parts, searcher, synonyms, ways);
                List<Ranked> runs = new ArrayList<>();
                Answer chosen = Relaxing.search(forgiving, relaxBelow, words -> {
                    Ranked ranked = rank(searcher, Relaxing.filtered(filtersOnly, words), words, request, afterScore);
                    runs.add(ranked);
                    return ranked.counted();
                });
                // Only the run relaxing settled on is read and highlighted: the others were only counted.
                Ranked shown = runs.stream().filter(run -> run.counted() == chosen.page()).findFirst().orElseThrow();
                return new Answer(page(searcher, shown, request), chosen.relaxed());
            });
            return new Result(answer.value().page(), answer.current(), answer.value().relaxed());
        } catch (IndexSearcher.TooManyClauses e) {
            throw ApiException.badParameter("q", "q has too many words to search at once");
        } catch (IOException e) {
            throw new IllegalStateException("Search index read failed", e);
        }
    }

    private void filter(BooleanQuery.Builder query, SearchFilters filters, StatusFilter status, boolean publicOnly,
            ContentClock.State state) {
        Set<SearchType> types = SearchType.requested(filters.type);
        if (!types.contains(SearchType.PAGE)) {
            // Excluding pages rather than requiring posts: with no page indexed the clause costs nothing.
            query.add(new TermQuery(new Term(SearchFields.KIND, SearchType.PAGE.wireName())), Occur.MUST_NOT);
        } else if (!types.contains(SearchType.POST)) {
            query.add(new TermQuery(new Term(SearchFields.KIND, SearchType.PAGE.wireName())), Occur.FILTER);
        }
        Instant now = Timestamps.normalize(clock.instant());
        long visibleUpTo = visibleUpTo(state, now);
        switch (status) {
            case PUBLISHED -> query.add(LongPoint.newRangeQuery(SearchFields.VISIBLE_AT, Long.MIN_VALUE, visibleUpTo),
                    Occur.FILTER);
            case SCHEDULED -> query.add(
                    LongPoint.newRangeQuery(SearchFields.VISIBLE_AT, visibleUpTo + 1, Long.MAX_VALUE), Occur.FILTER);
            case DRAFT -> query.add(new TermQuery(new Term(SearchFields.DRAFT, "true")), Occur.FILTER);
            case ANY -> { }
        }
        List<String> tagSlugs = QueryParameters.list("tag", filters.tag, MAX_TAGS);
        if (!tagSlugs.isEmpty()) {
            query.add(terms(SearchFields.TAG_ID, filterIds.get("tag", tagSlugs, publicOnly, state, now,
                    () -> tags.idsForSlugs(tagSlugs, "tag", publicOnly))), Occur.FILTER);
        }
        List<String> authorSlugs = QueryParameters.list("author", filters.author, MAX_TAGS);
        if (!authorSlugs.isEmpty()) {
            query.add(terms(SearchFields.AUTHOR_ID, filterIds.get("author", authorSlugs, publicOnly, state, now,
                    () -> authors.idsForSlugs(authorSlugs, "author", publicOnly))), Occur.FILTER);
        }
        if (filters.category != null && !filters.category.isBlank()) {
            String category = filters.category.strip();
            query.add(terms(SearchFields.CATEGORY_ID, filterIds.get("category", List.of(category), publicOnly, state,
                    now, () -> categories.subtreeIds(category, "category", publicOnly))), Occur.FILTER);
        }
        Instant after = QueryParameters.instant("publishedAfter", filters.publishedAfter);
        Instant before = QueryParameters.instant("publishedBefore", filters.publishedBefore);
        if (after != null || before != null) {
            long from = after == null ? Long.MIN_VALUE : Math.addExact(micros(after), 1);
            long to = before == null ? Long.MAX_VALUE : Math.subtractExact(micros(before), 1);
            query.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED_AT, from, to), Occur.FILTER);
        }
    }

    /**
     * The last visible instant, in microseconds. Nothing becomes visible between now and the next scheduled post (the
     * content clock's horizon), so up to just before it the filter selects the same posts as "up to now", and stays
     * the same query until then: Lucene's query cache keeps its bitset, where a bound moving every microsecond made
     * each search build it again. While the clock does not know (just after a write), now it is.
     */
    private static long visibleUpTo(ContentClock.State state, Instant now) {
        if (!state.current(now)) {
            return micros(now);
        }
        return state.horizon().equals(Instant.MAX) ? Long.MAX_VALUE - 1 : micros(state.horizon()) - 1;
    }

    /**
     * One run of the search: the hits of the requested page and the total, counted but not yet read. {@code counted}
     * is the page without its items, which is all {@link Relaxing} looks at.
     */
    private record Ranked(Query text, List<FieldDoc> shown, boolean more, Page<SearchHit> counted) {
    }

    private Ranked rank(IndexSearcher searcher, Query query, Query text, PageRequest request, Float afterScore)
            throws IOException {
        int offset = request.offset();
        int wanted = offset + request.perPage() + 1;
        long afterId = afterScore == null ? 0 : request.cursor().id();
        TopFieldDocs top = searcher.search(query, new RelevanceTop(wanted, afterScore, afterId, exactTotalUpTo));
        ScoreDoc[] all = top.scoreDocs;
        int end = Math.min(all.length, offset + request.perPage());
        List<FieldDoc> shown = new ArrayList<>();
        for (int i = offset; i < end; i++) {
            shown.add((FieldDoc) all[i]);
        }
        long total = top.totalHits.value;
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        int totalPages = (int) Math.max(1, (total + request.perPage() - 1) / request.perPage());
        Page<SearchHit> counted = new Page<>(List.of(),
                new Page.PageInfo(request.number(), request.perPage(), total, totalPages, exact), null);
        return new Ranked(text, shown, all.length > end, counted);
    }

    /** The run's hits read from their stored fields, with highlights, and the cursor to the next page. */
    private static Page<SearchHit> page(IndexSearcher searcher, Ranked ranked, PageRequest request)
            throws IOException {
        List<FieldDoc> shown = ranked.shown();
        int[] docs = shown.stream().mapToInt(d -> d.doc).toArray();
        // One read of each hit's stored fields, for the hit and its snippets.
        Document[] loaded = new Document[docs.length];
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            loaded[i] = stored.document(docs[i], READ);
        }
        Map<String, String[]> highlights = Highlighting.highlight(searcher, ranked.text(), docs, loaded);
        String[] titles = highlights.get(SearchFields.TITLE_BIGRAMS);
        String[] bodies = highlights.get(SearchFields.BODY_BIGRAMS);
        List<SearchHit> items = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Document doc = loaded[i];
            SearchFields.Summaries summaries = SearchFields.summaries(doc);
            float score = (Float) shown.get(i).fields[0];
            items.add(new SearchHit(SearchFields.id(doc), SearchFields.type(doc), doc.get(SearchFields.SLUG),
                    SearchFields.path(doc), doc.get(SearchFields.TITLE_BIGRAMS), doc.get(SearchFields.EXCERPT),
                    SearchFields.publishedAt(doc), summaries.tags(), summaries.categories(), score,
                    new SearchHit.Highlights(titles[i], bodies[i] == null ? "" : bodies[i])));
        }
        String next = null;
        if (ranked.more() && !items.isEmpty()) {
            // The sort key, not the hit's id: a post's id, a page's negated id (SearchFields.document(PageView)).
            FieldDoc last = shown.get(shown.size() - 1);
            next = new Cursor(RELEVANCE, Float.toString((Float) last.fields[0]), (Long) last.fields[1]).encode();
        }
        return new Page<>(items, ranked.counted().page(), next);
    }

    private static Float cursorScore(Cursor cursor) {
        if (!RELEVANCE.equals(cursor.sort())) {
            throw ApiException.badParameter("cursor", "this cursor belongs to another list; start the search again "
                    + "without it");
        }
        try {
            return Float.parseFloat(cursor.value());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("cursor", "cursor is not one this API issued; start again without it");
        }
    }

    private static TermInSetQuery terms(String field, List<Long> ids) {
        return new TermInSetQuery(field, ids.stream().map(id -> new BytesRef(Long.toString(id))).toList());
    }

    /** Instants as microseconds, the database's precision, so exclusive bounds stay exact. */
    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    /** The instant {@link #micros} gave these microseconds for. */
    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }
}
