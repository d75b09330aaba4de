-- skipped_checks: every check a document skipped, with why (checks.csv: a skipped rule is never
-- silent). Filtered like findings by year, place, unit text and unit id ('' = any).
WITH names AS (
  SELECT unit_id, min(city) AS city, min(region) AS region, arg_max(unit_name, year) AS unit_name
  FROM unit_summary GROUP BY unit_id
)
SELECT c.doc_id, c.rule_id, c.why
FROM checks c JOIN units u USING (doc_id) LEFT JOIN names n ON n.unit_id = u.unit_id
WHERE c.status = 'skipped'
  AND (CAST($1 AS INTEGER) IS NULL OR u.year = CAST($1 AS INTEGER))
  AND (CAST($2 AS VARCHAR) IS NULL OR n.city = CAST($2 AS VARCHAR))
  AND (CAST($3 AS VARCHAR) IS NULL OR n.region = CAST($3 AS VARCHAR))
  AND (CAST($4 AS VARCHAR) IS NULL OR contains(lower(coalesce(n.unit_name, u.unit_name, '')), lower(CAST($4 AS VARCHAR))))
  AND (CAST($5 AS VARCHAR) = '' OR u.unit_id = CAST($5 AS VARCHAR))
ORDER BY c.doc_id, c.rule_id;
