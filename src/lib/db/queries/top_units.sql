-- top_units: the units a comparison shows when none is picked — in the overview's order (latest
-- year first, then the largest appropriation), at most $9 of them — and how many units the
-- selection has in all. A unit has one row per year and basis, so its first row in that order is
-- its latest (year, basis): found with a GROUP BY, not a window (a window cost ~5–10 ms in duckdb-wasm).
WITH s AS (
  SELECT unit_id, unit_name, year, basis, appropriation
  FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), CAST($4 AS VARCHAR),
                      CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))
), latest AS (
  SELECT unit_id, max({'year': year, 'basis': basis}) AS k FROM s GROUP BY unit_id
)
SELECT s.unit_id, CAST((SELECT count(*) FROM latest) AS INTEGER) AS total_units
FROM s JOIN latest l ON l.unit_id = s.unit_id AND s.year = l.k.year AND s.basis = l.k.basis
ORDER BY s.year DESC, s.basis DESC, s.appropriation DESC NULLS LAST, s.unit_name, s.unit_id
LIMIT CAST($9 AS INTEGER);
