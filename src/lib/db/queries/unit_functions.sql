-- unit_functions: one document's 类→款→项 for one year and basis ($1 doc_id, $2 year, $3 basis), for the drill-down — from the same
-- table function_structure reads (t3, else the 财政拨款支出表, else t5).
WITH candidates AS (
  SELECT code, name, level, amount, "table"
  FROM lines
  WHERE doc_id = CAST($1 AS VARCHAR) AND year = CAST($2 AS INTEGER) AND basis = CAST($3 AS VARCHAR)
    AND "table" IN ('t3', 'appropriation_expenditure', 't5') AND classification = 'function' AND measure = 'total' AND code IS NOT NULL
    AND certain -- a table read as uncertain is listed on 数据质量, never drawn
  QUALIFY function_table_rank("table") = min(function_table_rank("table")) OVER ()
)
SELECT code, min(name) AS name, level,
       CAST(sum(CAST(amount AS DECIMAL(18, 6))) AS DOUBLE) AS amount
FROM candidates
GROUP BY code, level
ORDER BY code;
