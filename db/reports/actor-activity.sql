-- title: Actor activity over time
-- description: How many statements each actor made per month (or per day), dated by when they were said,
--   else by the article's publication date; with the number of articles and topics they are spread over.
--   Undated statements are counted in a row with an empty period, unless from_date or to_date is given.
-- param: period = month   (month or day; any other value gives no rows)
-- param: from_date =      (first day to count, YYYY-MM-DD; empty: from the start)
-- param: to_date =        (last day to count, YYYY-MM-DD; empty: to the end)
-- param: actor =          (only this speaker, canonical name; empty: every speaker)
--
-- Runs as is in the H2 console; change the values in the params CTE below.
WITH params AS (
    SELECT CAST('month' AS VARCHAR(10)) AS period,
           CAST(NULL AS DATE) AS from_date,
           CAST(NULL AS DATE) AS to_date,
           CAST(NULL AS VARCHAR(200)) AS actor
),
dated AS (
    SELECT DISTINCT v.statement_id, v.speaker, v.article_id, v.topic,
           COALESCE(v.said_on, v.published_on) AS said_day
    FROM v_statement_topic v
    CROSS JOIN params p
    WHERE (p.actor IS NULL OR LOWER(v.speaker) = LOWER(TRIM(p.actor)))
      AND (p.from_date IS NULL OR COALESCE(v.said_on, v.published_on) >= p.from_date)
      AND (p.to_date IS NULL OR COALESCE(v.said_on, v.published_on) <= p.to_date)
),
bucketed AS (
    SELECT d.statement_id, d.speaker, d.article_id, d.topic,
           CAST(EXTRACT(YEAR FROM d.said_day) AS VARCHAR(4)) || '-'
               || LPAD(CAST(EXTRACT(MONTH FROM d.said_day) AS VARCHAR(2)), 2, '0')
               || CASE WHEN LOWER(p.period) = 'day'
                       THEN '-' || LPAD(CAST(EXTRACT(DAY FROM d.said_day) AS VARCHAR(2)), 2, '0') ELSE '' END AS period
    FROM dated d
    CROSS JOIN params p
    WHERE LOWER(p.period) IN ('month', 'day')
)
SELECT b.speaker AS actor,
       b.period,
       COUNT(DISTINCT b.statement_id) AS statements,
       COUNT(DISTINCT b.article_id) AS articles,
       COUNT(DISTINCT b.topic) AS topics
FROM bucketed b
GROUP BY b.speaker, b.period
ORDER BY b.speaker, b.period NULLS LAST;
