-- title: Position matrix
-- description: Every actor's position on every topic: the stance (on the topic's claim), the statements behind it (the actor's own
--   and those of actors speaking for it), how they divide over the stances, and when they were made.
-- param: topic =                 (only this topic, slug or label; empty: every topic)
-- param: min_statements = 1     (only positions backed by at least this many statements)
--
-- Runs as is in the H2 console; change the values in the params CTE below to filter.
WITH params AS (
    SELECT CAST(NULL AS VARCHAR(200)) AS topic,
           CAST(1 AS INTEGER) AS min_statements
)
SELECT m.topic,
       m.actor,
       m.actor_kind,
       m.stance,
       m.statements,
       m.own_statements,
       m.supports,
       m.opposes,
       m.conditional,
       m.demands,
       m.neutral,
       m.first_said_on,
       m.last_said_on,
       m.claim
FROM v_position_matrix m
CROSS JOIN params p
WHERE (p.topic IS NULL
       OR m.topic = LOWER(REPLACE(TRIM(p.topic), ' ', '-'))
       OR LOWER(m.topic_label) = LOWER(TRIM(p.topic)))
  AND m.statements >= COALESCE(p.min_statements, 0)
ORDER BY m.topic, m.statements DESC, m.actor;
