-- function_lines: each document's function classes (功能分类 类) from its best table — the all-funds
-- 支出总表 (t3) where the template breaks it down by function, else the 财政拨款支出表,
-- else the 一般公共预算支出表 (t5). Made once at setup: the choice does not depend on any filter
-- (the window per query cost ~10–40 ms in duckdb-wasm). The best rank per document is one hash
-- aggregate, joined back (a window over every row took a third longer at 100k unit-years).
CREATE OR REPLACE TABLE function_lines AS
WITH candidates AS (
  SELECT doc_id, year, basis, code, name, amount, function_table_rank("table") AS rank
  FROM lines
  WHERE "table" IN ('t3', 'appropriation_expenditure', 't5') AND classification = 'function' AND level = 1 AND measure = 'total'
    AND certain -- a table read as uncertain is listed on 数据质量, never drawn
),
best AS (SELECT doc_id, year, basis, min(rank) AS rank FROM candidates GROUP BY doc_id, year, basis)
SELECT c.doc_id, c.year, c.basis, c.code, c.name, c.amount
FROM candidates c
SEMI JOIN best b ON c.doc_id IS NOT DISTINCT FROM b.doc_id AND c.year IS NOT DISTINCT FROM b.year
  AND c.basis IS NOT DISTINCT FROM b.basis AND c.rank = b.rank;
