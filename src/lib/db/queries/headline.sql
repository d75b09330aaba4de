-- headline: the year shown and the totals of the selection (one year, see unit_selection), summed
-- exactly as DECIMAL(18,6) 万元 before leaving SQL; how many rows come from 部门 and from 单位
-- documents and how many unit-years also have a document of the other 口径; and the median appropriation of all its unit-years (the ranking chart's guide line).
WITH s AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), CAST($4 AS VARCHAR),
                      CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))
)
SELECT
  max(year) AS year,
  CAST(count(DISTINCT unit_id) AS INTEGER) AS units,
  CAST(count(*) FILTER (WHERE doc_scope = '部门') AS INTEGER) AS dept_documents,
  CAST(count(*) FILTER (WHERE doc_scope = '单位') AS INTEGER) AS unit_documents,
  CAST(count(*) FILTER (WHERE scope_documents > 1) AS INTEGER) AS with_other_scope,
  CAST(sum(CAST(income_total AS DECIMAL(18, 6))) AS DOUBLE) AS income_total,
  CAST(sum(CAST(expenditure_total AS DECIMAL(18, 6))) AS DOUBLE) AS expenditure_total,
  CAST(count(*) AS INTEGER) AS unit_years,
  CAST(sum(CAST(appropriation AS DECIMAL(18, 6))) AS DOUBLE) AS appropriation,
  CAST(sum(CAST(basic AS DECIMAL(18, 6))) AS DOUBLE) AS basic,
  CAST(sum(CAST(project AS DECIMAL(18, 6))) AS DOUBLE) AS project,
  CAST(sum(CAST(personnel AS DECIMAL(18, 6))) AS DOUBLE) AS personnel,
  CAST(sum(CAST(public_funds AS DECIMAL(18, 6))) AS DOUBLE) AS public_funds,
  CAST(sum(CAST(sangong_total AS DECIMAL(18, 6))) AS DOUBLE) AS sangong_total,
  CAST(sum(CAST(operating_costs AS DECIMAL(18, 6))) AS DOUBLE) AS operating_costs,
  CAST(sum(staff_active) AS INTEGER) AS staff_active,
  CAST(median(CAST(appropriation AS DECIMAL(18, 6))) AS DOUBLE) AS median_appropriation
FROM s;
