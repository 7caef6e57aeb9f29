package org.positionstracker.actor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ActorKindConverter implements AttributeConverter<ActorKind, String> {
    @Override
    public String convertToDatabaseColumn(ActorKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public ActorKind convertToEntityAttribute(String code) {
        return code == null ? null : ActorKind.fromCode(code);
    }
}
