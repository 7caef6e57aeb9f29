-- title: Conflicts
-- description: Pairs of actors whose positions on a topic lean in opposite directions (supports, demands or
--   conditional against opposes on the topic's claim), with the statements behind each side; the most debated first.
-- param: topic =   (only this topic, slug or label; empty: every topic)
--
-- Runs as is in the H2 console; put a topic into the params CTE below to filter.
WITH params AS (
    SELECT CAST(NULL AS VARCHAR(200)) AS topic
)
SELECT c.topic,
       c.actor_a,
       c.stance_a,
       c.statements_a,
       c.leaning_a,
       c.actor_b,
       c.stance_b,
       c.statements_b,
       c.leaning_b,
       c.statements,
       c.claim
FROM v_conflict c
CROSS JOIN params p
WHERE p.topic IS NULL
   OR c.topic = LOWER(REPLACE(TRIM(p.topic), ' ', '-'))
   OR LOWER(c.topic_label) = LOWER(TRIM(p.topic))
ORDER BY c.topic, c.statements DESC, c.actor_a, c.actor_b;
