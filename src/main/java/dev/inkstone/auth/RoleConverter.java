package dev.inkstone.auth;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles lower-case, the same spelling the API and the check constraint use. */
@Converter
class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.wireName();
    }

    @Override
    public Role convertToEntityAttribute(String value) {
        return value == null ? null : Role.valueOf(value.toUpperCase());
    }
}
