-- function_lines: each document's function classes (功能分类 类) from its best table — the all-funds
-- 支出总表 (t3) where the template breaks it down by function, else the 财政拨款支出表,
-- else the 一般公共预算支出表 (t5). Made once at setup: the choice does not depend on any filter
-- (the window per query cost ~10–40 ms in duckdb-wasm).
CREATE OR REPLACE TABLE function_lines AS
SELECT doc_id, year, basis, code, name, amount
FROM lines
WHERE "table" IN ('t3', 'appropriation_expenditure', 't5') AND classification = 'function' AND level = 1 AND measure = 'total'
  AND certain -- a table read as uncertain is listed on 数据质量, never drawn
QUALIFY function_table_rank("table") = min(function_table_rank("table")) OVER (PARTITION BY doc_id, year, basis);
