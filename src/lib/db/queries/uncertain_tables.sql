-- uncertain_tables: tables whose reading did not reconcile (a limit of the reading, not a mistake of
-- the unit), with the unit's name; filtered like findings by year, place, unit text and unit id ('' = any).
WITH names AS (
  SELECT unit_id, arg_max(unit_name, year) AS unit_name, min(city) AS city, min(region) AS region
  FROM unit_summary GROUP BY unit_id
)
SELECT t.unit_id, coalesce(n.unit_name, t.unit_id) AS unit_name, t.year, t.doc_id, t."table", t.title_as_printed,
       t.page, t.first_line, t.last_line, t.quality_note
FROM tables t LEFT JOIN names n USING (unit_id)
WHERE t.quality = 'uncertain'
  AND (CAST($1 AS INTEGER) IS NULL OR t.year = CAST($1 AS INTEGER))
  AND (CAST($2 AS VARCHAR) IS NULL OR n.city = CAST($2 AS VARCHAR))
  AND (CAST($3 AS VARCHAR) IS NULL OR n.region = CAST($3 AS VARCHAR))
  AND (CAST($4 AS VARCHAR) IS NULL OR contains(lower(coalesce(n.unit_name, '')), lower(CAST($4 AS VARCHAR))))
  AND (CAST($5 AS VARCHAR) = '' OR t.unit_id = CAST($5 AS VARCHAR))
ORDER BY unit_name, t.year DESC, t.doc_id, t.first_line;
