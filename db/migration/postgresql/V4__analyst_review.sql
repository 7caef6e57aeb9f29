-- Analyst review: corrections of what the extractor found, each stored as its own row (what,
-- when, why). Corrections name statements by the article's content hash and the statement's
-- span (with the text as it was), and actors by name, never by surrogate id, so they still
-- apply after the article is re-imported or re-extracted and its rows get new ids.

CREATE SEQUENCE correction_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE correction (
    id            BIGINT                   NOT NULL,
    kind          VARCHAR(20) COLLATE "C"              NOT NULL,
    article_hash  CHAR(64) COLLATE "C",
    file_name     VARCHAR(1000) COLLATE "C",
    content_start INTEGER,
    content_end   INTEGER,
    content_text  text COLLATE "C",
    actor_name    VARCHAR(300) COLLATE "C",
    other_name    VARCHAR(300) COLLATE "C",
    topic_slug    VARCHAR(100) COLLATE "C",
    topics        VARCHAR(2000) COLLATE "C",
    stance        VARCHAR(20) COLLATE "C",
    reason        VARCHAR(2000) COLLATE "C"            NOT NULL,
    created_by    VARCHAR(200) COLLATE "C"             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT correction_pk PRIMARY KEY (id),
    CONSTRAINT correction_kind_ck CHECK (kind IN ('speaker', 'topics', 'stance', 'reject', 'merge', 'alias')),
    CONSTRAINT correction_stance_ck CHECK (stance IS NULL OR stance IN ('supports', 'opposes', 'conditional', 'demands', 'neutral')),
    CONSTRAINT correction_statement_ck CHECK (kind IN ('merge', 'alias') OR (article_hash IS NOT NULL
        AND content_start >= 0 AND content_end > content_start AND content_text IS NOT NULL)),
    CONSTRAINT correction_names_ck CHECK (kind NOT IN ('merge', 'alias') OR (actor_name IS NOT NULL AND other_name IS NOT NULL)),
    CONSTRAINT correction_reason_ck CHECK (LENGTH(TRIM(reason)) > 0)
);
CREATE INDEX correction_article_idx ON correction (article_hash);
CREATE INDEX correction_kind_idx ON correction (kind);
CREATE INDEX correction_file_idx ON correction (file_name);

ALTER TABLE statement ADD COLUMN reviewed BOOLEAN DEFAULT FALSE NOT NULL;

-- A topic an analyst puts a statement on has no keyword that put it there.
ALTER TABLE statement_topic ALTER COLUMN keyword_text DROP NOT NULL;
ALTER TABLE statement_topic ALTER COLUMN keyword_start DROP NOT NULL;
ALTER TABLE statement_topic ALTER COLUMN keyword_end DROP NOT NULL;

ALTER TABLE actor DROP CONSTRAINT actor_origin_ck;
ALTER TABLE actor ADD CONSTRAINT actor_origin_ck CHECK (origin IN ('codebook', 'discovered', 'review'));
ALTER TABLE actor_alias DROP CONSTRAINT actor_alias_origin_ck;
ALTER TABLE actor_alias ADD CONSTRAINT actor_alias_origin_ck CHECK (origin IN ('codebook', 'discovered', 'review'));

COMMENT ON TABLE correction IS 'An analyst''s correction of the extracted record. Applied on top of the extractor''s output (later corrections win) when made and again whenever its article is imported or re-extracted.';
COMMENT ON COLUMN correction.id IS 'Surrogate key (correction_seq); also the order corrections are applied in.';
COMMENT ON COLUMN correction.kind IS 'speaker (who said it), topics (which topics), stance (the stance on one topic), reject (not a statement), merge (two actors are one), alias (another name for an actor).';
COMMENT ON COLUMN correction.article_hash IS 'The corrected statement''s article: article.content_hash.';
COMMENT ON COLUMN correction.file_name IS 'The article''s file name, for people reading the correction.';
COMMENT ON COLUMN correction.content_start IS 'Start offset of the corrected statement''s content in the article body.';
COMMENT ON COLUMN correction.content_end IS 'End offset (exclusive) of the corrected statement''s content.';
COMMENT ON COLUMN correction.content_text IS 'The statement''s content when it was corrected.';
COMMENT ON COLUMN correction.actor_name IS 'speaker: the actor who said it; merge: the actor merged away; alias: the actor the alias names.';
COMMENT ON COLUMN correction.other_name IS 'merge: the actor kept; alias: the alias.';
COMMENT ON COLUMN correction.topic_slug IS 'stance: the topic whose stance is corrected.';
COMMENT ON COLUMN correction.topics IS 'topics: the statement''s topics, comma-separated slug=stance pairs; empty for none.';
COMMENT ON COLUMN correction.stance IS 'stance: the corrected stance.';
COMMENT ON COLUMN correction.reason IS 'Why, in the analyst''s words.';
COMMENT ON COLUMN correction.created_by IS 'Who made the correction.';
COMMENT ON COLUMN correction.created_at IS 'When it was made.';
COMMENT ON COLUMN statement.reviewed IS 'True when an analyst''s correction changed the statement''s speaker, topics or stance.';
