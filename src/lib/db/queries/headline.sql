-- headline: totals of the selection, summed exactly as DECIMAL(18,6) 万元 before leaving SQL, and
-- the median appropriation of all its unit-years (the ranking chart's guide line).
WITH s AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR),
                               CAST($4 AS VARCHAR), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR))
)
SELECT
  CAST(count(DISTINCT unit_id) AS INTEGER) AS units,
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
