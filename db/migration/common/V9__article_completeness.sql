-- How many statement and statement_topic rows an article has when it is whole, written in the
-- same transaction as the rows themselves (and kept in step by analysts' corrections). H2 does not
-- promise that a commit that fails (a full disk) stored nothing, so a stored article whose rows do
-- not match these counts is partial, and importing its file again repairs it. Null for articles
-- imported before this migration: they cannot be checked.
ALTER TABLE article ADD COLUMN statement_count INTEGER;
ALTER TABLE article ADD COLUMN statement_topic_count INTEGER;
COMMENT ON COLUMN article.statement_count IS 'Statements the article has when whole (extracted, after analysts'' corrections); null when imported before this was recorded.';
COMMENT ON COLUMN article.statement_topic_count IS 'Topic assignments (statement_topic rows) of its statements when whole; null when imported before this was recorded.';

-- An import notes itself here when it starts and removes its row when it ends cleanly. A row left
-- behind (a kill, a full disk, a commit that failed) makes the next import first rebuild every
-- position that disagrees with its evidence, the one thing a half-stored commit can leave outside
-- the articles it wrote.
CREATE TABLE import_run (
    id         BIGINT                   NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT import_run_pk PRIMARY KEY (id)
);
COMMENT ON TABLE import_run IS 'Imports that started and have not ended cleanly (yet): a row left behind makes the next import check the positions against their evidence.';
COMMENT ON COLUMN import_run.id IS 'A random number chosen by the import.';
COMMENT ON COLUMN import_run.started_at IS 'When the import started.';
