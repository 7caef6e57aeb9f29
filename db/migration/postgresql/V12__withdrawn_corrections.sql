-- Analysts can withdraw a correction: the row stays (what was corrected, and who withdrew it,
-- when and why), but it is no longer applied. A correction also remembers the id its statement
-- had when it was made, so a second "reject" of that id can say it was already rejected.
ALTER TABLE correction ADD COLUMN statement_id BIGINT;
ALTER TABLE correction ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE correction ADD COLUMN withdrawn_by VARCHAR(200) COLLATE "C";
ALTER TABLE correction ADD COLUMN withdrawn_reason VARCHAR(2000) COLLATE "C";
ALTER TABLE correction ADD CONSTRAINT correction_withdrawn_ck CHECK (
    (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawn_reason IS NULL)
    OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND LENGTH(TRIM(withdrawn_reason)) > 0));
CREATE INDEX correction_statement_idx ON correction (statement_id);
COMMENT ON COLUMN correction.statement_id IS 'The statement''s id when the correction was made (statement ids change on re-import; the statement is found by article_hash and span). Not a foreign key.';
COMMENT ON COLUMN correction.withdrawn_at IS 'When an analyst withdrew the correction; NULL while it applies.';
COMMENT ON COLUMN correction.withdrawn_by IS 'Who withdrew it.';
COMMENT ON COLUMN correction.withdrawn_reason IS 'Why it was withdrawn.';

-- statements --search: whole words, case-insensitive, with the 'simple' configuration (no
-- stemming, no stop words) so PostgreSQL finds what H2's word match finds.
CREATE INDEX statement_content_words_idx ON statement USING gin (to_tsvector('simple', content_text));
