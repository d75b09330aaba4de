-- execution: 预算 against 决算 (budget execution) per unit and item, for the unit-years that have a
-- 决算 under the 口径 preference: the year asked for, else the latest year with a 决算.
-- budget: the 预算 document of the same unit, year and 口径 (its own stated figures, else the figures its
-- next year's narrative gives for it, basis 'prior' — the page says which); budget_in_final: the 预算数
-- column the 决算 itself prints (its 三公 table), where it does. Missing stays NULL, never 0; the
-- rate is NULL when the budget is missing or 0.
-- Parameters: year, city, region, search text, unit ids, 口径 preference.
WITH f AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), 'stated',
                               CAST($4 AS VARCHAR), CAST($5 AS VARCHAR), '决算', CAST($6 AS VARCHAR))
), b AS (
  -- the 预算 of the 决算's own 口径 first (a 部门 决算 against a 部门 预算), then the preference
  SELECT p.* FROM preferred_summary p JOIN (SELECT DISTINCT unit_id, year, doc_scope AS final_scope FROM f) k USING (unit_id, year)
  WHERE coalesce(p.doc_kind, '预算') = '预算'
  QUALIFY row_number() OVER (PARTITION BY p.unit_id, p.year
    ORDER BY (p.doc_scope IS NOT DISTINCT FROM k.final_scope) DESC,
             CASE WHEN CAST($6 AS VARCHAR) = 'unit' THEN p.pick_unit ELSE p.pick_dept END DESC,
             (p.basis = 'stated') DESC, p.doc_id) = 1
), printed AS (
  -- the 预算数 a 决算's 三公 table prints beside its 决算数
  SELECT l.doc_id, l.code, CAST(sum(CAST(l.amount AS DECIMAL(18, 6))) AS DOUBLE) AS amount
  FROM lines l JOIN f USING (doc_id)
  WHERE l.measure = 'budget' AND l.classification = 'sangong' AND l.basis = 'stated' AND l.certain
  GROUP BY ALL
), items(item, label, position, printed_code) AS (
  VALUES ('income_total', '收入总计', 1, NULL), ('expenditure_total', '支出总计', 2, NULL),
         ('appropriation', '财政拨款', 3, NULL), ('basic', '基本支出', 4, NULL), ('project', '项目支出', 5, NULL),
         ('personnel', '人员经费', 6, NULL), ('public_funds', '公用经费', 7, NULL),
         ('sangong_total', '“三公”经费', 8, 'sangong_total'), ('sangong_outbound', '因公出国（境）费', 9, 'outbound'),
         ('sangong_reception', '公务接待费', 10, 'reception'), ('sangong_vehicle_total', '公务用车购置及运行费', 11, 'vehicle_total'),
         ('operating_costs', '机关运行经费', 12, NULL)
), pairs AS (
  SELECT f.unit_id, f.unit_name, f.year, f.doc_scope, f.doc_id AS final_doc_id,
         b.doc_id AS budget_doc_id, b.basis AS budget_basis, b.doc_scope AS budget_scope,
         i.item, i.label, i.position, i.printed_code,
         CASE i.item
           WHEN 'income_total' THEN f.income_total WHEN 'expenditure_total' THEN f.expenditure_total
           WHEN 'appropriation' THEN f.appropriation WHEN 'basic' THEN f.basic WHEN 'project' THEN f.project
           WHEN 'personnel' THEN f.personnel WHEN 'public_funds' THEN f.public_funds
           WHEN 'sangong_total' THEN f.sangong_total WHEN 'sangong_outbound' THEN f.sangong_outbound
           WHEN 'sangong_reception' THEN f.sangong_reception WHEN 'sangong_vehicle_total' THEN f.sangong_vehicle_total
           WHEN 'operating_costs' THEN f.operating_costs END AS final,
         CASE i.item
           WHEN 'income_total' THEN b.income_total WHEN 'expenditure_total' THEN b.expenditure_total
           WHEN 'appropriation' THEN b.appropriation WHEN 'basic' THEN b.basic WHEN 'project' THEN b.project
           WHEN 'personnel' THEN b.personnel WHEN 'public_funds' THEN b.public_funds
           WHEN 'sangong_total' THEN b.sangong_total WHEN 'sangong_outbound' THEN b.sangong_outbound
           WHEN 'sangong_reception' THEN b.sangong_reception WHEN 'sangong_vehicle_total' THEN b.sangong_vehicle_total
           WHEN 'operating_costs' THEN b.operating_costs END AS budget
  FROM f CROSS JOIN items i LEFT JOIN b ON b.unit_id = f.unit_id AND b.year = f.year
)
SELECT unit_id, unit_name, year, doc_scope, final_doc_id, budget_doc_id, budget_basis, budget_scope,
       item, label, budget, pr.amount AS budget_in_final, final,
       CAST(CAST(final AS DECIMAL(18, 6)) - CAST(budget AS DECIMAL(18, 6)) AS DOUBLE) AS difference,
       CASE WHEN budget <> 0 THEN final / budget END AS rate
FROM pairs LEFT JOIN printed pr ON pr.doc_id = pairs.final_doc_id AND pr.code = pairs.printed_code
WHERE final IS NOT NULL OR budget IS NOT NULL OR pr.amount IS NOT NULL
ORDER BY unit_name, unit_id, year, position;
