-- A statement's date: its article's publication date, or the day a relative day name in its
-- sentence ("on Wednesday", "yesterday") points to, counted back from that date.
ALTER TABLE statement ADD COLUMN said_on DATE;
CREATE INDEX statement_said_on_idx ON statement (said_on);
COMMENT ON COLUMN statement.said_on IS 'When it was said: the article''s published_on, moved back to the day a relative day name in the sentence ("on Wednesday", "yesterday") names; null when the article has no date.';
