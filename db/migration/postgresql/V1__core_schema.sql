-- Core schema: articles, actors and their aliases, topics, statements with their topics and
-- stances, and positions derived from statements. Ids come from sequences whose INCREMENT BY
-- equals the entities' allocationSize (50) so Hibernate can batch inserts.
--
-- PostgreSQL variant of h2/V1__core_schema.sql: the same tables, constraints, indexes and
-- comments. Only two things differ:
--   * article.body is TEXT (H2: CHARACTER LARGE OBJECT); PostgreSQL has no CLOB type.
--   * every character column is COLLATE "C": ORDER BY and comparisons then go by code point,
--     as on H2, whatever locale the server or the database was created with, so the tracker
--     lists actors, topics and articles in the same order on both databases.

CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE actor_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE actor_alias_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE topic_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE topic_keyword_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE statement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE statement_topic_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE position_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE article (
    id                BIGINT                   NOT NULL,
    file_name         VARCHAR(1000) COLLATE "C" NOT NULL,
    source_path       VARCHAR(4000) COLLATE "C" NOT NULL,
    content_hash      CHAR(64) COLLATE "C" NOT NULL,
    body              TEXT COLLATE "C" NOT NULL,
    body_length       INTEGER                  NOT NULL,
    title             VARCHAR(1000) COLLATE "C",
    outlet            VARCHAR(300) COLLATE "C",
    url               VARCHAR(2000) COLLATE "C",
    published_on      DATE,
    extractor_version VARCHAR(40) COLLATE "C" NOT NULL,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_pk PRIMARY KEY (id),
    CONSTRAINT article_content_hash_uk UNIQUE (content_hash),
    CONSTRAINT article_body_length_ck CHECK (body_length >= 0)
);
CREATE INDEX article_file_name_idx ON article (file_name);
CREATE INDEX article_published_on_idx ON article (published_on);
CREATE INDEX article_outlet_idx ON article (outlet);

CREATE TABLE actor (
    id             BIGINT       NOT NULL,
    canonical_name VARCHAR(300) COLLATE "C" NOT NULL,
    name_key       VARCHAR(300) COLLATE "C" NOT NULL,
    kind           VARCHAR(20) COLLATE "C" NOT NULL,
    speaks_for_id  BIGINT,
    role           VARCHAR(500) COLLATE "C",
    origin         VARCHAR(20) COLLATE "C" NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT actor_pk PRIMARY KEY (id),
    CONSTRAINT actor_name_key_uk UNIQUE (name_key),
    CONSTRAINT actor_kind_ck CHECK (kind IN ('person', 'government', 'organisation', 'group', 'media', 'other')),
    CONSTRAINT actor_origin_ck CHECK (origin IN ('codebook', 'discovered')),
    CONSTRAINT actor_speaks_for_fk FOREIGN KEY (speaks_for_id) REFERENCES actor (id),
    CONSTRAINT actor_not_own_speaker_ck CHECK (speaks_for_id IS NULL OR speaks_for_id <> id)
);
CREATE INDEX actor_speaks_for_idx ON actor (speaks_for_id);
CREATE INDEX actor_kind_idx ON actor (kind);

CREATE TABLE actor_alias (
    id        BIGINT       NOT NULL,
    actor_id  BIGINT       NOT NULL,
    alias     VARCHAR(300) COLLATE "C" NOT NULL,
    alias_key VARCHAR(300) COLLATE "C" NOT NULL,
    origin    VARCHAR(20) COLLATE "C" NOT NULL,
    CONSTRAINT actor_alias_pk PRIMARY KEY (id),
    CONSTRAINT actor_alias_key_uk UNIQUE (alias_key),
    CONSTRAINT actor_alias_actor_fk FOREIGN KEY (actor_id) REFERENCES actor (id) ON DELETE CASCADE,
    CONSTRAINT actor_alias_origin_ck CHECK (origin IN ('codebook', 'discovered'))
);
CREATE INDEX actor_alias_actor_idx ON actor_alias (actor_id);

CREATE TABLE topic (
    id          BIGINT        NOT NULL,
    slug        VARCHAR(100) COLLATE "C" NOT NULL,
    label       VARCHAR(200) COLLATE "C" NOT NULL,
    description VARCHAR(2000) COLLATE "C",
    CONSTRAINT topic_pk PRIMARY KEY (id),
    CONSTRAINT topic_slug_uk UNIQUE (slug)
);

CREATE TABLE topic_keyword (
    id       BIGINT       NOT NULL,
    topic_id BIGINT       NOT NULL,
    keyword  VARCHAR(200) COLLATE "C" NOT NULL,
    CONSTRAINT topic_keyword_pk PRIMARY KEY (id),
    CONSTRAINT topic_keyword_uk UNIQUE (topic_id, keyword),
    CONSTRAINT topic_keyword_topic_fk FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
);
CREATE INDEX topic_keyword_topic_idx ON topic_keyword (topic_id);

CREATE TABLE statement (
    id                    BIGINT             NOT NULL,
    article_id            BIGINT             NOT NULL,
    speaker_id            BIGINT             NOT NULL,
    mode                  VARCHAR(10) COLLATE "C" NOT NULL,
    content_text          CHARACTER VARYING COLLATE "C" NOT NULL,
    content_start         INTEGER            NOT NULL,
    content_end           INTEGER            NOT NULL,
    speaker_mention_text  VARCHAR(1000) COLLATE "C",
    speaker_mention_start INTEGER,
    speaker_mention_end   INTEGER,
    cue_text              VARCHAR(200) COLLATE "C",
    cue_start             INTEGER,
    cue_end               INTEGER,
    sentence_number       INTEGER            NOT NULL,
    CONSTRAINT statement_pk PRIMARY KEY (id),
    CONSTRAINT statement_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT statement_speaker_fk FOREIGN KEY (speaker_id) REFERENCES actor (id),
    CONSTRAINT statement_mode_ck CHECK (mode IN ('direct', 'partial', 'indirect')),
    CONSTRAINT statement_content_span_ck CHECK (content_start >= 0 AND content_end > content_start),
    CONSTRAINT statement_mention_span_ck CHECK (
        (speaker_mention_start IS NULL AND speaker_mention_end IS NULL AND speaker_mention_text IS NULL)
        OR (speaker_mention_start >= 0 AND speaker_mention_end > speaker_mention_start AND speaker_mention_text IS NOT NULL)),
    CONSTRAINT statement_cue_span_ck CHECK (
        (cue_start IS NULL AND cue_end IS NULL AND cue_text IS NULL)
        OR (cue_start >= 0 AND cue_end > cue_start AND cue_text IS NOT NULL)),
    CONSTRAINT statement_sentence_ck CHECK (sentence_number >= 1),
    CONSTRAINT statement_article_content_uk UNIQUE (article_id, content_start, content_end)
);
CREATE INDEX statement_article_idx ON statement (article_id);
CREATE INDEX statement_speaker_idx ON statement (speaker_id);
CREATE INDEX statement_mode_idx ON statement (mode);

CREATE TABLE statement_topic (
    id             BIGINT       NOT NULL,
    statement_id   BIGINT       NOT NULL,
    topic_id       BIGINT       NOT NULL,
    stance         VARCHAR(20) COLLATE "C" NOT NULL,
    keyword_text   VARCHAR(200) COLLATE "C" NOT NULL,
    keyword_start  INTEGER      NOT NULL,
    keyword_end    INTEGER      NOT NULL,
    stance_cue_text  VARCHAR(200) COLLATE "C",
    stance_cue_start INTEGER,
    stance_cue_end   INTEGER,
    CONSTRAINT statement_topic_pk PRIMARY KEY (id),
    CONSTRAINT statement_topic_uk UNIQUE (statement_id, topic_id),
    CONSTRAINT statement_topic_statement_fk FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT statement_topic_topic_fk FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT statement_topic_stance_ck CHECK (stance IN ('supports', 'opposes', 'conditional', 'demands', 'neutral')),
    CONSTRAINT statement_topic_keyword_span_ck CHECK (keyword_start >= 0 AND keyword_end > keyword_start),
    CONSTRAINT statement_topic_cue_span_ck CHECK (
        (stance_cue_start IS NULL AND stance_cue_end IS NULL AND stance_cue_text IS NULL)
        OR (stance_cue_start >= 0 AND stance_cue_end > stance_cue_start AND stance_cue_text IS NOT NULL))
);
CREATE INDEX statement_topic_statement_idx ON statement_topic (statement_id);
CREATE INDEX statement_topic_topic_idx ON statement_topic (topic_id, stance);
CREATE INDEX statement_topic_stance_idx ON statement_topic (stance);

CREATE TABLE position (
    id                  BIGINT      NOT NULL,
    actor_id            BIGINT      NOT NULL,
    topic_id            BIGINT      NOT NULL,
    stance              VARCHAR(20) COLLATE "C" NOT NULL,
    statement_count     INTEGER     NOT NULL,
    own_statement_count INTEGER     NOT NULL,
    supports_count      INTEGER     NOT NULL,
    opposes_count       INTEGER     NOT NULL,
    conditional_count   INTEGER     NOT NULL,
    demands_count       INTEGER     NOT NULL,
    neutral_count       INTEGER     NOT NULL,
    CONSTRAINT position_pk PRIMARY KEY (id),
    CONSTRAINT position_actor_topic_uk UNIQUE (actor_id, topic_id),
    CONSTRAINT position_actor_fk FOREIGN KEY (actor_id) REFERENCES actor (id) ON DELETE CASCADE,
    CONSTRAINT position_topic_fk FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE,
    CONSTRAINT position_stance_ck CHECK (stance IN ('supports', 'opposes', 'conditional', 'demands', 'neutral', 'mixed')),
    CONSTRAINT position_counts_ck CHECK (statement_count >= 1 AND own_statement_count >= 0
        AND own_statement_count <= statement_count
        AND supports_count + opposes_count + conditional_count + demands_count + neutral_count = statement_count)
);
CREATE INDEX position_actor_idx ON position (actor_id);
CREATE INDEX position_topic_idx ON position (topic_id);
CREATE INDEX position_stance_idx ON position (stance);

CREATE TABLE position_evidence (
    position_id  BIGINT NOT NULL,
    statement_id BIGINT NOT NULL,
    CONSTRAINT position_evidence_pk PRIMARY KEY (position_id, statement_id),
    CONSTRAINT position_evidence_position_fk FOREIGN KEY (position_id) REFERENCES position (id) ON DELETE CASCADE,
    CONSTRAINT position_evidence_statement_fk FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE
);
CREATE INDEX position_evidence_position_idx ON position_evidence (position_id);
CREATE INDEX position_evidence_statement_idx ON position_evidence (statement_id);

COMMENT ON TABLE article IS 'One imported news article, its text stored verbatim as read from the file. Statement offsets index into body.';
COMMENT ON COLUMN article.id IS 'Surrogate key (article_seq).';
COMMENT ON COLUMN article.file_name IS 'Name of the imported file, e.g. 000_dcad965514c1b99f.txt.';
COMMENT ON COLUMN article.source_path IS 'Path the file was imported from, as given to the importer.';
COMMENT ON COLUMN article.content_hash IS 'SHA-256 of the file bytes, hex; re-importing identical bytes changes nothing.';
COMMENT ON COLUMN article.body IS 'The article text exactly as decoded from the file (UTF-8), page noise included. SUBSTRING(body, content_start + 1, content_end - content_start) = statement.content_text.';
COMMENT ON COLUMN article.body_length IS 'Length of body in Java chars (UTF-16 code units), the unit all offsets use.';
COMMENT ON COLUMN article.title IS 'Headline, when known.';
COMMENT ON COLUMN article.outlet IS 'Publishing outlet, when known.';
COMMENT ON COLUMN article.url IS 'Address the article was published at, when known.';
COMMENT ON COLUMN article.published_on IS 'Publication date, when known.';
COMMENT ON COLUMN article.extractor_version IS 'Version of the extractor that produced this article''s statements.';
COMMENT ON COLUMN article.imported_at IS 'When the article was imported (committed).';

COMMENT ON TABLE actor IS 'Anyone who takes positions: people, governments, organisations, anonymous groups. From the codebook or discovered in articles.';
COMMENT ON COLUMN actor.id IS 'Surrogate key (actor_seq).';
COMMENT ON COLUMN actor.canonical_name IS 'The name the actor is listed under, e.g. Vladimir Putin, Ukraine, analysts.';
COMMENT ON COLUMN actor.name_key IS 'canonical_name normalised for matching: trimmed, lower case, single spaces.';
COMMENT ON COLUMN actor.kind IS 'person, government, organisation, group, media or other.';
COMMENT ON COLUMN actor.speaks_for_id IS 'The actor this one speaks for, e.g. Andriy Yermak -> Ukraine; positions roll up along it.';
COMMENT ON COLUMN actor.role IS 'The role as written, e.g. senior Ukrainian official.';
COMMENT ON COLUMN actor.origin IS 'codebook when listed in the codebook, discovered when first found in an article.';
COMMENT ON COLUMN actor.created_at IS 'When the actor was first stored.';

COMMENT ON TABLE actor_alias IS 'Other names that refer to an actor: surnames, metonyms (Kyiv, the Kremlin), abbreviations.';
COMMENT ON COLUMN actor_alias.id IS 'Surrogate key (actor_alias_seq).';
COMMENT ON COLUMN actor_alias.actor_id IS 'The actor the alias refers to.';
COMMENT ON COLUMN actor_alias.alias IS 'The alias as written.';
COMMENT ON COLUMN actor_alias.alias_key IS 'alias normalised for matching: trimmed, lower case, single spaces; unique across actors.';
COMMENT ON COLUMN actor_alias.origin IS 'codebook when listed in the codebook, discovered when seen as a speaker mention.';

COMMENT ON TABLE topic IS 'Issues statements are about, from the codebook (territory, ceasefire-conditions, peace-plan...).';
COMMENT ON COLUMN topic.id IS 'Surrogate key (topic_seq).';
COMMENT ON COLUMN topic.slug IS 'Lower-case identifier, e.g. ceasefire-conditions.';
COMMENT ON COLUMN topic.label IS 'Human label, e.g. Ceasefire conditions.';
COMMENT ON COLUMN topic.description IS 'What belongs to the topic.';

COMMENT ON TABLE topic_keyword IS 'The codebook keywords that put a statement on a topic (a trailing * matches any ending).';
COMMENT ON COLUMN topic_keyword.id IS 'Surrogate key (topic_keyword_seq).';
COMMENT ON COLUMN topic_keyword.topic_id IS 'The topic.';
COMMENT ON COLUMN topic_keyword.keyword IS 'Word or phrase, matched case-insensitively on word boundaries.';

COMMENT ON TABLE statement IS 'Something an actor said, as reported in an article: a quotation or reported speech, with character offsets into article.body.';
COMMENT ON COLUMN statement.id IS 'Surrogate key (statement_seq).';
COMMENT ON COLUMN statement.article_id IS 'The article the statement is reported in.';
COMMENT ON COLUMN statement.speaker_id IS 'Who said it.';
COMMENT ON COLUMN statement.mode IS 'direct (full quotation), partial (reported speech with quoted words) or indirect (reported speech).';
COMMENT ON COLUMN statement.content_text IS 'What was said, exactly as in the article: the words inside the quotation marks, or the reported clause.';
COMMENT ON COLUMN statement.content_start IS 'Start offset of content_text in article.body (0-based, Java chars, inclusive).';
COMMENT ON COLUMN statement.content_end IS 'End offset of content_text in article.body (exclusive).';
COMMENT ON COLUMN statement.speaker_mention_text IS 'The words the speaker was identified from (a name, a pronoun, Kyiv...), if any.';
COMMENT ON COLUMN statement.speaker_mention_start IS 'Start offset of the speaker mention in article.body.';
COMMENT ON COLUMN statement.speaker_mention_end IS 'End offset (exclusive) of the speaker mention in article.body.';
COMMENT ON COLUMN statement.cue_text IS 'The reporting verb or phrase (said, warned, according to...), if any.';
COMMENT ON COLUMN statement.cue_start IS 'Start offset of the cue in article.body.';
COMMENT ON COLUMN statement.cue_end IS 'End offset (exclusive) of the cue in article.body.';
COMMENT ON COLUMN statement.sentence_number IS '1-based number of the sentence the statement starts in.';

COMMENT ON TABLE statement_topic IS 'A topic a statement is about, with the stance the statement takes on it.';
COMMENT ON COLUMN statement_topic.id IS 'Surrogate key (statement_topic_seq).';
COMMENT ON COLUMN statement_topic.statement_id IS 'The statement.';
COMMENT ON COLUMN statement_topic.topic_id IS 'The topic.';
COMMENT ON COLUMN statement_topic.stance IS 'supports, opposes, conditional, demands or neutral.';
COMMENT ON COLUMN statement_topic.keyword_text IS 'The word or phrase that put the statement on the topic.';
COMMENT ON COLUMN statement_topic.keyword_start IS 'Start offset of the keyword in article.body.';
COMMENT ON COLUMN statement_topic.keyword_end IS 'End offset (exclusive) of the keyword in article.body.';
COMMENT ON COLUMN statement_topic.stance_cue_text IS 'The word or phrase that decided the stance (must, never, if...), null for neutral.';
COMMENT ON COLUMN statement_topic.stance_cue_start IS 'Start offset of the stance cue in article.body.';
COMMENT ON COLUMN statement_topic.stance_cue_end IS 'End offset (exclusive) of the stance cue in article.body.';

COMMENT ON TABLE position IS 'An actor''s stance on a topic, derived from its statements and those of the people who speak for it.';
COMMENT ON COLUMN position.id IS 'Surrogate key (position_seq).';
COMMENT ON COLUMN position.actor_id IS 'The actor holding the position.';
COMMENT ON COLUMN position.topic_id IS 'The topic.';
COMMENT ON COLUMN position.stance IS 'The most frequent stance among the evidence; mixed when the top stances tie.';
COMMENT ON COLUMN position.statement_count IS 'Statements evidencing the position (own and of those speaking for the actor).';
COMMENT ON COLUMN position.own_statement_count IS 'Of those, statements by the actor itself.';
COMMENT ON COLUMN position.supports_count IS 'Evidence with stance supports.';
COMMENT ON COLUMN position.opposes_count IS 'Evidence with stance opposes.';
COMMENT ON COLUMN position.conditional_count IS 'Evidence with stance conditional.';
COMMENT ON COLUMN position.demands_count IS 'Evidence with stance demands.';
COMMENT ON COLUMN position.neutral_count IS 'Evidence with stance neutral.';

COMMENT ON TABLE position_evidence IS 'The statements a position is derived from.';
COMMENT ON COLUMN position_evidence.position_id IS 'The position.';
COMMENT ON COLUMN position_evidence.statement_id IS 'A statement evidencing it.';
