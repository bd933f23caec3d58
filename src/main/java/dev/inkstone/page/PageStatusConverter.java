package dev.inkstone.page;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores statuses lower-case, as the API spells them and ck_page_status checks. */
@Converter
class PageStatusConverter implements AttributeConverter<PageStatus, String> {

    @Override
    public String convertToDatabaseColumn(PageStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public PageStatus convertToEntityAttribute(String value) {
        return value == null ? null : PageStatus.fromWire(value);
    }
}
