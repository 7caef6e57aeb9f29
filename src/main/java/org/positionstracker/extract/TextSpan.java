package org.positionstracker.extract;

/**
 * A half-open range [start, end) of Java string indexes into an article's text, exactly as read
 * from the file. Every stored statement, mention and cue is one of these.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }

    public String coveredText(CharSequence text) {
        if (end > text.length())
            throw new IllegalArgumentException("span [" + start + ", " + end + ") runs past the text (" + text.length() + " chars)");
        return text.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }
}
