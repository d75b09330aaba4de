-- overview: one row per selected unit-year with per-capita figures (万元/人, per active staff),
-- its rank by appropriation within the year and the year's peer medians.
WITH s AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR),
                               CAST($4 AS VARCHAR), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR))
), p AS (
  SELECT *,
    CASE WHEN staff_active > 0 THEN appropriation / staff_active END AS appropriation_per_staff,
    CASE WHEN staff_active > 0 THEN personnel / staff_active END AS personnel_per_staff,
    CASE WHEN staff_active > 0 THEN public_funds / staff_active END AS public_funds_per_staff
  FROM s
)
SELECT
  unit_id, unit_name, city, region, year, basis, doc_scope,
  appropriation, general_budget, gov_fund, basic, project, personnel, public_funds,
  sangong_total, sangong_outbound, sangong_reception, sangong_vehicle_total,
  sangong_vehicle_purchase, sangong_vehicle_operation, operating_costs,
  staff_quota, staff_actual, staff_active,
  appropriation_per_staff, personnel_per_staff, public_funds_per_staff,
  CAST(CASE WHEN appropriation IS NOT NULL
       THEN rank() OVER (PARTITION BY year, basis ORDER BY appropriation DESC NULLS LAST) END AS INTEGER) AS rank_appropriation,
  CAST(median(CAST(appropriation AS DECIMAL(18, 6))) OVER (PARTITION BY year, basis) AS DOUBLE) AS peer_median_appropriation,
  median(appropriation_per_staff) OVER (PARTITION BY year, basis) AS peer_median_per_staff
FROM p
ORDER BY year DESC, basis DESC, appropriation DESC NULLS LAST, unit_name;
