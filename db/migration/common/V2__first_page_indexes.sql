-- Indexes that let "first page" queries read statements in id order and stop early:
-- statements on a topic, and statements by a speaker, at millions of statements.
-- The (speaker_id, id) index also serves the speaker foreign key, so the single-column one goes.
CREATE INDEX statement_topic_topic_statement_idx ON statement_topic (topic_id, statement_id);
CREATE INDEX statement_speaker_id_idx ON statement (speaker_id, id);
DROP INDEX statement_speaker_idx;
