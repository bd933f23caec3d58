package dev.inkstone.content;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of content the sync log follows, named as on the wire and in change_log.resource_type. */
public enum ChangeType {
    POST, TAG, CATEGORY, IMAGE, PAGE, AUTHOR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    /** The type of a stored or token name; null for a name that is none. */
    public static ChangeType fromWire(String value) {
        for (ChangeType type : values()) {
            if (type.wireName().equals(value)) {
                return type;
            }
        }
        return null;
    }
}
