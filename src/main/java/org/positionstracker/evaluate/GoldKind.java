package org.positionstracker.evaluate;

/** The four classes recall is split into: quoted or not, by a speech cue or another cue. */
public enum GoldKind {
    QUOTED_SPEECH("quoted-speech"), QUOTED_OTHER("quoted-other"),
    REPORTED_SPEECH("reported-speech"), REPORTED_OTHER("reported-other");

    private final String code;

    GoldKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static GoldKind of(boolean quoted, boolean speech) {
        if (quoted) return speech ? QUOTED_SPEECH : QUOTED_OTHER;
        return speech ? REPORTED_SPEECH : REPORTED_OTHER;
    }
}
