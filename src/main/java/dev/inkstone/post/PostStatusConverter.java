package dev.inkstone.post;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores statuses lower-case, as the API spells them and ck_post_status checks. */
@Converter
class PostStatusConverter implements AttributeConverter<PostStatus, String> {

    @Override
    public String convertToDatabaseColumn(PostStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public PostStatus convertToEntityAttribute(String value) {
        return value == null ? null : PostStatus.fromWire(value);
    }
}
