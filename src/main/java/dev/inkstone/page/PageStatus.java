package dev.inkstone.page;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a page stands, spelled as a post's status; its own type because pages sit beside posts in the package graph
 * and may not import them.
 */
public enum PageStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static PageStatus fromWire(String value) {
        for (PageStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be one of draft, scheduled, published");
    }
}
