-- The reporting views gain a column claim at the end (the topic's claim, V8): recreated with every
-- earlier column in its place, so reports written against V5 keep working.
DROP VIEW v_conflict;
DROP VIEW v_position_matrix;
DROP VIEW v_statement_topic;

CREATE VIEW v_statement_topic AS
SELECT s.id                     AS statement_id,
       a.id                     AS article_id,
       a.file_name              AS article_file,
       a.title                  AS article_title,
       a.outlet                 AS outlet,
       a.url                    AS article_url,
       a.published_on           AS published_on,
       s.said_on                AS said_on,
       sp.id                    AS speaker_id,
       sp.canonical_name        AS speaker,
       sp.kind                  AS speaker_kind,
       pf.id                    AS speaks_for_id,
       pf.canonical_name        AS speaks_for,
       s.mode                   AS mode,
       t.slug                   AS topic,
       t.label                  AS topic_label,
       st.stance                AS stance,
       s.content_text           AS text,
       s.content_start          AS content_start,
       s.content_end            AS content_end,
       s.sentence_number        AS sentence_number,
       s.speaker_mention_text   AS speaker_mention,
       s.cue_text               AS cue,
       st.keyword_text          AS keyword,
       st.stance_cue_text       AS stance_cue,
       s.reviewed               AS reviewed,
       t.claim                  AS claim
FROM statement s
JOIN article a ON a.id = s.article_id
JOIN actor sp ON sp.id = s.speaker_id
LEFT JOIN actor pf ON pf.id = sp.speaks_for_id
LEFT JOIN statement_topic st ON st.statement_id = s.id
LEFT JOIN topic t ON t.id = st.topic_id;

CREATE VIEW v_position_matrix AS
SELECT p.id                     AS position_id,
       ac.id                    AS actor_id,
       ac.canonical_name        AS actor,
       ac.kind                  AS actor_kind,
       t.slug                   AS topic,
       t.label                  AS topic_label,
       p.stance                 AS stance,
       p.statement_count        AS statements,
       p.own_statement_count    AS own_statements,
       p.supports_count         AS supports,
       p.opposes_count          AS opposes,
       p.conditional_count      AS conditional,
       p.demands_count          AS demands,
       p.neutral_count          AS neutral,
       (SELECT MIN(s.said_on) FROM position_evidence pe JOIN statement s ON s.id = pe.statement_id
         WHERE pe.position_id = p.id) AS first_said_on,
       (SELECT MAX(s.said_on) FROM position_evidence pe JOIN statement s ON s.id = pe.statement_id
         WHERE pe.position_id = p.id) AS last_said_on,
       t.claim                  AS claim
FROM position p
JOIN actor ac ON ac.id = p.actor_id
JOIN topic t ON t.id = p.topic_id;

CREATE VIEW v_conflict AS
SELECT t.slug                   AS topic,
       t.label                  AS topic_label,
       aa.canonical_name        AS actor_a,
       pa.stance                AS stance_a,
       pa.statement_count       AS statements_a,
       CASE WHEN pa.stance = 'opposes' THEN pa.opposes_count
            ELSE pa.supports_count + pa.demands_count + pa.conditional_count END AS leaning_a,
       ab.canonical_name        AS actor_b,
       pb.stance                AS stance_b,
       pb.statement_count       AS statements_b,
       CASE WHEN pb.stance = 'opposes' THEN pb.opposes_count
            ELSE pb.supports_count + pb.demands_count + pb.conditional_count END AS leaning_b,
       pa.statement_count + pb.statement_count AS statements,
       t.claim                  AS claim
FROM position pa
JOIN position pb ON pb.topic_id = pa.topic_id
JOIN actor aa ON aa.id = pa.actor_id
JOIN actor ab ON ab.id = pb.actor_id
JOIN topic t ON t.id = pa.topic_id
WHERE aa.canonical_name < ab.canonical_name
  AND ((pa.stance = 'opposes' AND pb.stance IN ('supports', 'demands', 'conditional'))
    OR (pb.stance = 'opposes' AND pa.stance IN ('supports', 'demands', 'conditional')));

COMMENT ON VIEW v_statement_topic IS 'One row per statement and topic (a statement on no topic: one row with topic NULL), with article, speaker, the actor it speaks for, mode, stance, text and offsets. Analyst corrections applied; rejected statements absent. Columns: statement_id: statement.id (changes when the article is re-imported); article_id: article.id; article_file: The article''s file name; article_title: Headline, when known; outlet: Publishing outlet, when known; article_url: Address of the article, when known; published_on: Publication date, when known; said_on: When it was said (statement.said_on), when known; speaker_id: actor.id of the speaker; speaker: Who said it (canonical name); speaker_kind: person, government, organisation, group, media or other; speaks_for_id: actor.id of the actor the speaker speaks for, if any; speaks_for: The actor the speaker speaks for (e.g. Ukraine for Andriy Yermak), if any; mode: direct, partial or indirect; topic: Topic slug, NULL when the statement is on no codebook topic; topic_label: Topic label; stance: supports, opposes, conditional, demands or neutral; NULL when topic is NULL; text: What was said, exactly as in the article; content_start: Start offset of text in article.body (0-based, inclusive); content_end: End offset of text in article.body (exclusive); sentence_number: 1-based sentence number in the article; speaker_mention: The words the speaker was identified from, if any; cue: The reporting verb or phrase, if any; keyword: The word that put the statement on the topic (NULL when an analyst did); stance_cue: The word that decided the stance, if any; reviewed: True when an analyst corrected the statement; claim: The topic''s claim, the proposition the stance is about (NULL when the codebook gives none).';

COMMENT ON VIEW v_position_matrix IS 'The position matrix: one row per actor and topic with the stance, the number of statements behind it and the first and last date they were made. Columns: position_id: position.id; actor_id: actor.id; actor: The actor holding the position; actor_kind: The actor''s kind; topic: Topic slug; topic_label: Topic label; stance: The most frequent stance among the statements; mixed on a tie; statements: Statements behind the position: the actor''s own and those of actors speaking for it; own_statements: Of those, the actor''s own; supports: Statements with stance supports; opposes: Statements with stance opposes; conditional: Statements with stance conditional; demands: Statements with stance demands; neutral: Statements with stance neutral; first_said_on: Earliest date among the statements, NULL when none is dated; last_said_on: Latest date among the statements, NULL when none is dated; claim: The topic''s claim, the proposition the stance is about.';

COMMENT ON VIEW v_conflict IS 'Pairs of actors whose positions on a topic lean in opposite directions (supports, demands or conditional against opposes), each pair once (actor_a sorts before actor_b). Columns: topic: Topic slug; topic_label: Topic label; actor_a: One side; stance_a: Its position''s stance; statements_a: Statements behind its position; leaning_a: Of those, the statements leaning its way; actor_b: The other side; stance_b: Its position''s stance; statements_b: Statements behind its position; leaning_b: Of those, the statements leaning its way; statements: statements_a + statements_b; claim: The topic''s claim: the two sides agree with it (supports, demands, conditional) and reject it (opposes).';
