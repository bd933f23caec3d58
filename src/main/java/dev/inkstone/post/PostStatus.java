package dev.inkstone.post;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a post stands; a scheduled post reads as published once its publishedAt has passed. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static PostStatus fromWire(String value) {
        for (PostStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be one of draft, scheduled, published");
    }
}
