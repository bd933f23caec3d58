package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** The query each field is highlighted with: the clauses on its own text only, none of them required. */
@DatabaseIndependent
class HighlightingTest {

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    @Test
    void keepsOnlyTheFieldsOwnClausesAndMakesThemOptional() {
        Query part = new BooleanQuery.Builder()
                .add(new BoostQuery(term(SearchFields.TITLE, "databas"), 3f), Occur.SHOULD)
                .add(term(SearchFields.BODY, "databas"), Occur.SHOULD)
                .add(term(SearchFields.BODY_BIGRAMS, "databas"), Occur.SHOULD)
                .build();
        Query text = new BooleanQuery.Builder()
                .add(part, Occur.MUST)
                .add(new PhraseQuery(SearchFields.LABELS, "数据", "库"), Occur.MUST)
                .build();

        Query body = Highlighting.onlyFor(text, field -> field.startsWith("body"));

        Query expected = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder()
                        .add(term(SearchFields.BODY, "databas"), Occur.SHOULD)
                        .add(term(SearchFields.BODY_BIGRAMS, "databas"), Occur.SHOULD)
                        .build(), Occur.SHOULD)
                .build();
        assertEquals(expected, body);
        Query title = Highlighting.onlyFor(text, field -> field.startsWith("title"));
        assertEquals(List.of(new BoostQuery(term(SearchFields.TITLE, "databas"), 3f)),
                ((BooleanQuery) ((BooleanQuery) title).clauses().get(0).getQuery()).clauses().stream()
                        .map(clause -> clause.getQuery()).toList());
    }

    @Test
    void isNullWhenNoClauseReadsTheField() {
        Query text = new BooleanQuery.Builder().add(term(SearchFields.LABELS, "go"), Occur.MUST).build();

        assertNull(Highlighting.onlyFor(text, field -> field.startsWith("body")));
    }
}
