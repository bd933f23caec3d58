package dev.inkstone.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a token may do; each role includes the rights of the ones before it. */
public enum Role {
    /** Reads drafts and scheduled posts. */
    READER,
    /** Writes content. */
    EDITOR,
    /** Manages tokens. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Role fromWire(String value) {
        for (Role role : values()) {
            if (role.wireName().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role must be one of reader, editor, admin");
    }
}
