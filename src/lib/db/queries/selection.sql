-- unit_selection: the unit-year rows the filters select, one document scope per unit, year and
-- basis (a 单位 document wins over a 部门 one) so nothing is counted twice. The choice of document
-- does not depend on the filters, so it is made once at setup (preferred_summary.sql) and every
-- query only filters that table (a window per query cost ~10–30 ms in duckdb-wasm).
-- Parameters are values, never pasted into SQL: year, city, region, basis, search text, unit ids (comma-joined, '' = all).
CREATE OR REPLACE MACRO unit_selection(p_year, p_city, p_region, p_basis, p_q, p_units) AS TABLE
SELECT *
FROM preferred_summary
WHERE (p_year IS NULL OR year = p_year)
  AND (p_city IS NULL OR city = p_city)
  AND (p_region IS NULL OR region = p_region)
  AND (p_basis IS NULL OR basis = p_basis)
  AND (p_q IS NULL OR contains(lower(unit_name), lower(p_q)) OR unit_id = p_q)
  AND (p_units = '' OR list_contains(string_split(p_units, ','), unit_id));
