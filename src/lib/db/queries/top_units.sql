-- top_units: the units a comparison shows when none is picked — in the overview's order (latest
-- year first, then the largest appropriation), at most $7 of them — and how many units the
-- selection has in all.
WITH s AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR),
                               CAST($4 AS VARCHAR), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR))
), firsts AS (
  SELECT unit_id, min(pos) AS pos
  FROM (SELECT unit_id, row_number() OVER (ORDER BY year DESC, basis DESC, appropriation DESC NULLS LAST, unit_name, unit_id) AS pos FROM s)
  GROUP BY unit_id
)
SELECT unit_id, CAST(count(*) OVER () AS INTEGER) AS total_units
FROM firsts
ORDER BY pos
LIMIT CAST($7 AS INTEGER);
