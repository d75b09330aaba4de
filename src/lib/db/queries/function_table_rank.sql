-- function_table_rank: which table gives a document's function breakdown, best first — the all-funds
-- 支出总表 (t3), the 财政拨款支出表, the 一般公共预算支出表 (t5).
CREATE OR REPLACE MACRO function_table_rank(p_table) AS
  CASE p_table WHEN 't3' THEN 1 WHEN 'appropriation_expenditure' THEN 2 WHEN 't5' THEN 3 ELSE 9 END;
