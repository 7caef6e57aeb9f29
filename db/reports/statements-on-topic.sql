-- title: Statements on a topic
-- description: Every statement on one topic, with speaker, stance and where it stands in which article
--   (file, sentence and character offsets into the article text), oldest first.
-- param: topic = ceasefire-conditions   (topic slug or label, e.g. territory or "Ceasefire conditions")
--
-- Runs as is in the H2 console: change the value in the params CTE below to choose the topic.
-- The report command puts the value of --param topic=... in its place, as a bound JDBC parameter.
WITH params AS (
    SELECT CAST('ceasefire-conditions' AS VARCHAR(200)) AS topic
)
SELECT v.said_on,
       v.speaker,
       v.speaks_for,
       v.topic,
       v.stance,
       v.mode,
       v.text,
       v.article_file,
       v.article_title,
       v.sentence_number,
       v.content_start,
       v.content_end,
       v.statement_id
FROM v_statement_topic v
CROSS JOIN params p
WHERE v.topic = LOWER(REPLACE(TRIM(p.topic), ' ', '-'))
   OR LOWER(v.topic_label) = LOWER(TRIM(p.topic))
ORDER BY v.said_on NULLS LAST, v.article_file, v.content_start, v.statement_id;
