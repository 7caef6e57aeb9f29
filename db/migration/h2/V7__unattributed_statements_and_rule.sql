-- Extractor v4: speech whose speaker cannot be told is kept as an unattributed statement (no
-- speaker; it counts toward no position), and every statement names the rule that found it.
ALTER TABLE statement ALTER COLUMN speaker_id DROP NOT NULL;
ALTER TABLE statement ADD COLUMN rule VARCHAR(80);
COMMENT ON COLUMN statement.speaker_id IS 'Who said it; null for an unattributed statement (speech whose speaker the extractor could not tell), which counts toward no position.';
COMMENT ON COLUMN statement.rule IS 'The extraction rule (attribution sieve) that produced the statement, e.g. quote-speaker-verb; null for statements stored before rules were recorded.';
