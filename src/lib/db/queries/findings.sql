-- findings: data-quality findings with the unit's name, filtered by year, place, unit text,
-- severity and unit id ('' = any).
WITH names AS (
  SELECT unit_id, arg_max(unit_name, year) AS unit_name, min(city) AS city, min(region) AS region
  FROM unit_summary GROUP BY unit_id
)
SELECT f.unit_id, coalesce(n.unit_name, f.unit_id) AS unit_name, n.city, n.region, f.year,
       f.rule_id, f.severity, f.message, f.expected, f.actual, f.source_lines, f.doc_id
FROM findings f LEFT JOIN names n USING (unit_id)
WHERE (CAST($1 AS INTEGER) IS NULL OR f.year = CAST($1 AS INTEGER))
  AND (CAST($2 AS VARCHAR) IS NULL OR n.city = CAST($2 AS VARCHAR))
  AND (CAST($3 AS VARCHAR) IS NULL OR n.region = CAST($3 AS VARCHAR))
  AND (CAST($4 AS VARCHAR) IS NULL OR contains(lower(coalesce(n.unit_name, '')), lower(CAST($4 AS VARCHAR))))
  AND (CAST($5 AS VARCHAR) IS NULL OR f.severity = CAST($5 AS VARCHAR))
  AND (CAST($6 AS VARCHAR) = '' OR f.unit_id = CAST($6 AS VARCHAR))
ORDER BY unit_name, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.rule_id, f.source_lines, f.message; -- total: the same order however the rows were loaded
