-- ranking: the selection's unit-years with the largest appropriation (at most $9), with how many
-- have one and their exact median (the 总览 chart needs nothing else, so it draws after one small query).
WITH s AS (
  SELECT unit_id, unit_name, year, basis, doc_scope, doc_kind, appropriation
  FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), CAST($4 AS VARCHAR),
                      CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))
  WHERE appropriation IS NOT NULL
), m AS (
  SELECT CAST(count(*) AS INTEGER) AS ranked, CAST(median(CAST(appropriation AS DECIMAL(18, 6))) AS DOUBLE) AS median_appropriation FROM s
)
SELECT s.*, m.ranked, m.median_appropriation
FROM s, m
ORDER BY appropriation DESC, unit_name, unit_id
LIMIT CAST($9 AS INTEGER);
