-- filter_options: the values the filters offer (years per kind of document, kinds, cities, regions
-- per city, units).
SELECT 'year' AS kind, CAST(year AS VARCHAR) AS value, coalesce(doc_kind, '预算') AS parent, NULL AS label
FROM (SELECT DISTINCT year, doc_kind FROM unit_summary WHERE year IS NOT NULL)
UNION ALL
SELECT 'kind', kind, NULL, NULL FROM (SELECT DISTINCT coalesce(doc_kind, '预算') AS kind FROM unit_summary)
UNION ALL
SELECT 'city', city, NULL, NULL FROM (SELECT DISTINCT city FROM unit_summary WHERE city IS NOT NULL)
UNION ALL
SELECT 'region', region, min(city), NULL FROM unit_summary WHERE region IS NOT NULL GROUP BY region
UNION ALL
SELECT 'unit', unit_id, min(city), arg_max(unit_name, year) FROM unit_summary GROUP BY unit_id
ORDER BY kind, value DESC, parent;
