-- function_structure: function classes per selected unit-year (from function_lines, each document's
-- best table) with each class's share of the unit's total (an exact DECIMAL sum, so every run gives
-- the same share; min() rather than any_value() for the same reason).
WITH s AS (
  SELECT unit_id, unit_name, year, basis, doc_id, doc_scope, doc_kind FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), CAST($4 AS VARCHAR),
                      CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))
), f AS (
  SELECT s.unit_id, s.unit_name, s.year, s.basis, s.doc_scope, s.doc_kind, l.code, min(l.name) AS name,
         CAST(sum(CAST(l.amount AS DECIMAL(18, 6))) AS DOUBLE) AS amount
  FROM s JOIN function_lines l ON l.doc_id = s.doc_id AND l.year = s.year AND l.basis = s.basis
  GROUP BY ALL
)
SELECT unit_id, unit_name, year, basis, doc_scope, doc_kind, code, name, amount,
       amount / nullif(CAST(sum(CAST(amount AS DECIMAL(18, 6))) OVER (PARTITION BY unit_id, year, basis) AS DOUBLE), 0) AS share
FROM f
ORDER BY year DESC, unit_name, code;
