-- title: Statements by an actor
-- description: What one actor said, and what was said on its behalf: its own statements and those of the
--   actors that speak for it (a spokesperson for a government, the Kremlin for Russia), the same statements
--   its positions are built from. One row per statement and topic; spoke_as tells own from on-behalf rows.
-- param: actor = Russia   (canonical actor name, as the actors command lists it; case does not matter)
--
-- Runs as is in the H2 console; change the name in the params CTE below.
WITH params AS (
    SELECT CAST('Russia' AS VARCHAR(200)) AS actor
)
SELECT v.said_on,
       v.speaker,
       CASE WHEN LOWER(v.speaker) = LOWER(TRIM(p.actor)) THEN 'own' ELSE 'for ' || v.speaks_for END AS spoke_as,
       v.topic,
       v.stance,
       v.mode,
       v.text,
       v.article_file,
       v.sentence_number,
       v.content_start,
       v.content_end,
       v.statement_id
FROM v_statement_topic v
CROSS JOIN params p
WHERE LOWER(v.speaker) = LOWER(TRIM(p.actor))
   OR LOWER(v.speaks_for) = LOWER(TRIM(p.actor))
ORDER BY v.said_on NULLS LAST, v.article_file, v.content_start, v.statement_id, v.topic NULLS LAST;
