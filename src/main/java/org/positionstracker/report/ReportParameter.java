package org.positionstracker.report;

import java.util.regex.Pattern;

/**
 * A parameter a report declares in its header ({@code -- param: topic = ceasefire-conditions (topic slug)}).
 * A required parameter has no default; an optional one may default to NULL (written {@code topic =}
 * with nothing after the {@code =}), which a report reads as "no filter".
 */
public record ReportParameter(String name, String defaultValue, boolean required, String description) {
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public ReportParameter {
        if (name == null || !NAME.matcher(name).matches())
            throw new IllegalArgumentException("parameter name '" + name + "' is not a plain SQL name (letters, digits, _)");
        if (required && defaultValue != null) throw new IllegalArgumentException("parameter " + name + " is required and has a default");
        if (defaultValue != null && defaultValue.isEmpty()) defaultValue = null;
        description = description == null ? "" : description.strip();
    }

    /** As --param takes it: {@code topic=ceasefire-conditions} with the default, else {@code topic=...}. */
    public String usage() {
        return name + "=" + (defaultValue != null ? defaultValue : "...");
    }

    /** The description, after "(required)" or "(optional)" when there is no default. */
    public String explained() {
        String note = defaultValue != null ? "" : required ? "(required) " : "(optional) ";
        return note + description;
    }
}
