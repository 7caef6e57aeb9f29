package org.positionstracker.topic;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class StanceConverter implements AttributeConverter<Stance, String> {
    @Override
    public String convertToDatabaseColumn(Stance stance) {
        return stance == null ? null : stance.code();
    }

    @Override
    public Stance convertToEntityAttribute(String code) {
        return code == null ? null : Stance.fromCode(code);
    }
}
