-- function_structure: function classes (功能分类 类) per selected unit-year — from the all-funds
-- 支出总表 (t3) where the template breaks it down by function, else the 财政拨款支出表 (Jiangsu),
-- else the 一般公共预算支出表 (t5) —
-- with each class's share of the unit's total (an exact DECIMAL sum, so every run gives the same share;
-- min() rather than any_value() for the same reason).
WITH s AS (
  SELECT unit_id, unit_name, year, basis, doc_id FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR),
    CAST($3 AS VARCHAR), CAST($4 AS VARCHAR), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR))
), candidates AS (
  SELECT s.unit_id, s.unit_name, s.year, s.basis, l.code, l.name, l.amount
  FROM s JOIN lines l ON l.doc_id = s.doc_id AND l.year = s.year AND l.basis = s.basis
  WHERE l."table" IN ('t3', 'appropriation_expenditure', 't5') AND l.classification = 'function' AND l.level = 1 AND l.measure = 'total'
  QUALIFY function_table_rank(l."table") = min(function_table_rank(l."table")) OVER (PARTITION BY s.doc_id, s.year, s.basis)
), f AS (
  SELECT unit_id, unit_name, year, basis, code, min(name) AS name,
         CAST(sum(CAST(amount AS DECIMAL(18, 6))) AS DOUBLE) AS amount
  FROM candidates
  GROUP BY ALL
)
SELECT unit_id, unit_name, year, basis, code, name, amount,
       amount / nullif(CAST(sum(CAST(amount AS DECIMAL(18, 6))) OVER (PARTITION BY unit_id, year, basis) AS DOUBLE), 0) AS share
FROM f
ORDER BY year DESC, unit_name, code;
