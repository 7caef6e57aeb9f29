package org.positionstracker.statement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ModeConverter implements AttributeConverter<Mode, String> {
    @Override
    public String convertToDatabaseColumn(Mode mode) {
        return mode == null ? null : mode.code();
    }

    @Override
    public Mode convertToEntityAttribute(String code) {
        return code == null ? null : Mode.fromCode(code);
    }
}
