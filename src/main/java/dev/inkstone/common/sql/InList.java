package dev.inkstone.common.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The values of an {@code in} list as that many single parameters, padded to a fixed size, so that Hibernate translates
 * each lookup's query once. Hibernate translates a query with a list-valued parameter ({@code in ?1} bound to a
 * collection) to SQL again at every execution (2026-12-07 profile of an import: half of the time of the tag, category
 * and author lookups by slug was that translation, 7% of all samples). A query of single parameters is translated once
 * and kept; so that there are few such queries, a lookup of 1 to 8 values always sends 8, of 9 to 16 sends 16 and so
 * on. The padding repeats the last value: an {@code in} list is a set, so the answer is the same.
 */
public record InList<T>(List<T> values) {

    /** The smallest size sent: most lookups (a post's tags, categories and authors) fit in it. */
    static final int MIN = 8;

    /** The values padded; {@code values} must not be empty (an empty list needs no query). */
    public static <T> InList<T> of(Collection<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty in list matches nothing: do not query");
        }
        int size = values.size() <= MIN ? MIN : Integer.highestOneBit(values.size() - 1) << 1;
        List<T> padded = new ArrayList<>(size);
        padded.addAll(values);
        T last = padded.get(padded.size() - 1);
        while (padded.size() < size) {
            padded.add(last);
        }
        return new InList<>(padded);
    }

    /** {@code field in (?1, ?2, ...)}, one parameter per value, for Panache's {@code list(query, parameters())}. */
    public String condition(String field) {
        StringBuilder condition = new StringBuilder(field).append(" in (");
        for (int i = 1; i <= values.size(); i++) {
            condition.append(i == 1 ? "?" : ", ?").append(i);
        }
        return condition.append(')').toString();
    }

    /**
     * The values as the positional parameters of {@link #condition}, then {@code after}: a query's other parameters,
     * numbered from {@link #next()}.
     */
    public Object[] parameters(Object... after) {
        Object[] parameters = Arrays.copyOf(values.toArray(), values.size() + after.length);
        System.arraycopy(after, 0, parameters, values.size(), after.length);
        return parameters;
    }

    /** The number of the first positional parameter after the values. */
    public int next() {
        return values.size() + 1;
    }
}
