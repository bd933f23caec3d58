package dev.inkstone.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.QueryParameters;

/** What a search looks in and what a hit is: a post or a page (issue 15). Posts alone unless asked. */
public enum SearchType {
    POST, PAGE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    /** The {@code type} parameter (repeated or comma-separated): posts when absent; an unknown name is a 400. */
    static Set<SearchType> requested(List<String> raw) {
        List<String> names = QueryParameters.list("type", raw, values().length);
        if (names.isEmpty()) {
            return EnumSet.of(POST);
        }
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String name : names) {
            types.add(of(name));
        }
        return types;
    }

    private static SearchType of(String name) {
        for (SearchType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        throw ApiException.badParameter("type", "type must be post, page or both (post,page)");
    }
}
