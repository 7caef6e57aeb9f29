-- Analysts can add a statement the extractor missed: a correction of kind 'add' names its text
-- (article hash and span, as for the other statement corrections), speaker, mode and topics.
ALTER TABLE correction ADD COLUMN mode VARCHAR(10) COLLATE "C";
ALTER TABLE correction DROP CONSTRAINT correction_kind_ck;
ALTER TABLE correction ADD CONSTRAINT correction_kind_ck CHECK (kind IN ('speaker', 'topics', 'stance', 'reject', 'merge', 'alias', 'add'));
ALTER TABLE correction ADD CONSTRAINT correction_mode_ck CHECK (mode IS NULL OR mode IN ('direct', 'partial', 'indirect'));
COMMENT ON COLUMN correction.mode IS 'add: the added statement''s mode (direct, partial or indirect).';
COMMENT ON COLUMN correction.kind IS 'speaker (who said it), topics (which topics), stance (the stance on one topic), reject (not a statement), add (a statement the extractor missed), merge (two actors are one), alias (another name for an actor).';
