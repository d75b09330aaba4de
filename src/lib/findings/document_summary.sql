-- document_summary: one row per document (unit, year, 预算/决算, 部门/单位) with what the 数据质量 page
-- sums up: its tables present / declared empty / missing / read as uncertain, its findings by
-- severity (the unit's own; notes on our reading apart), and its checks run / skipped.
-- Filtered like findings by year, place, unit text and unit id ('' = any); most findings first.
WITH names AS (
  SELECT unit_id, arg_max(unit_name, year) AS unit_name, min(city) AS city, min(region) AS region
  FROM unit_summary GROUP BY unit_id
),
docs AS (
  SELECT u.doc_id, u.unit_id, coalesce(n.unit_name, u.unit_name, u.unit_id) AS unit_name, u.year, u.doc_kind, u.doc_scope, u.source_file
  FROM units u LEFT JOIN names n USING (unit_id)
  WHERE (CAST($1 AS INTEGER) IS NULL OR u.year = CAST($1 AS INTEGER))
    AND (CAST($2 AS VARCHAR) IS NULL OR n.city = CAST($2 AS VARCHAR))
    AND (CAST($3 AS VARCHAR) IS NULL OR n.region = CAST($3 AS VARCHAR))
    AND (CAST($4 AS VARCHAR) IS NULL OR contains(lower(coalesce(n.unit_name, u.unit_name, '')), lower(CAST($4 AS VARCHAR))))
    AND (CAST($5 AS VARCHAR) = '' OR u.unit_id = CAST($5 AS VARCHAR))
),
t AS (
  SELECT doc_id,
         CAST(count(*) FILTER (WHERE status = 'present') AS INTEGER) AS tables_present,
         CAST(count(*) FILTER (WHERE status = 'declared_empty') AS INTEGER) AS tables_empty,
         CAST(count(*) FILTER (WHERE status = 'missing') AS INTEGER) AS tables_missing,
         CAST(count(*) FILTER (WHERE quality = 'uncertain') AS INTEGER) AS tables_uncertain
  FROM tables GROUP BY doc_id
),
f AS (
  SELECT doc_id,
         CAST(count(*) FILTER (WHERE NOT reading AND severity = 'error') AS INTEGER) AS errors,
         CAST(count(*) FILTER (WHERE NOT reading AND severity = 'warning') AS INTEGER) AS warnings,
         CAST(count(*) FILTER (WHERE NOT reading AND severity = 'info') AS INTEGER) AS infos,
         CAST(count(*) FILTER (WHERE reading) AS INTEGER) AS reading_notes
  FROM (
    SELECT doc_id, severity, rule_id LIKE 'parse:%' OR rule_id IN ('unplaced-figures', 'table-uncertain') AS reading
    FROM findings
  ) GROUP BY doc_id
),
c AS (
  SELECT doc_id,
         CAST(count(*) FILTER (WHERE status = 'ran') AS INTEGER) AS checks_ran,
         CAST(count(*) FILTER (WHERE status = 'skipped') AS INTEGER) AS checks_skipped
  FROM checks GROUP BY doc_id
)
SELECT d.doc_id, d.unit_id, d.unit_name, d.year, d.doc_kind, d.doc_scope, d.source_file,
       coalesce(t.tables_present, 0) AS tables_present, coalesce(t.tables_empty, 0) AS tables_empty,
       coalesce(t.tables_missing, 0) AS tables_missing, coalesce(t.tables_uncertain, 0) AS tables_uncertain,
       coalesce(f.errors, 0) AS errors, coalesce(f.warnings, 0) AS warnings, coalesce(f.infos, 0) AS infos,
       coalesce(f.reading_notes, 0) AS reading_notes,
       coalesce(c.checks_ran, 0) AS checks_ran, coalesce(c.checks_skipped, 0) AS checks_skipped
FROM docs d LEFT JOIN t USING (doc_id) LEFT JOIN f USING (doc_id) LEFT JOIN c USING (doc_id)
ORDER BY errors + warnings + infos DESC, errors DESC, d.unit_name, d.year DESC, d.doc_id;
