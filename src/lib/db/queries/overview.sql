-- overview: one row per selected unit-year (one year: see unit_selection), with the document it
-- comes from (kind, 口径, how many documents of that kind the unit-year has), per-capita figures
-- (万元/人, per active staff),
-- its rank by appropriation and the peer medians (the selection is one year and basis), and the selection's row
-- count. Sorted and paged in SQL so a page never ships every row to the browser:
-- $9 sort key (a column name, or 'default'), $10 'asc' | 'desc', $11 limit (NULL = all), $12 offset.
WITH s AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), CAST($4 AS VARCHAR),
                      CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))
), r AS (
  SELECT *,
    CAST(CASE WHEN appropriation IS NOT NULL
         THEN rank() OVER (ORDER BY appropriation DESC NULLS LAST) END AS INTEGER) AS rank_appropriation
  FROM s
), k AS (
  SELECT *,
    CAST(CASE CAST($9 AS VARCHAR)
      WHEN 'rank_appropriation' THEN rank_appropriation WHEN 'year' THEN year
      WHEN 'income_total' THEN income_total WHEN 'expenditure_total' THEN expenditure_total
      WHEN 'appropriation' THEN appropriation WHEN 'basic' THEN basic WHEN 'project' THEN project
      WHEN 'personnel' THEN personnel WHEN 'public_funds' THEN public_funds WHEN 'sangong_total' THEN sangong_total
      WHEN 'sangong_outbound' THEN sangong_outbound WHEN 'sangong_vehicle_total' THEN sangong_vehicle_total
      WHEN 'sangong_reception' THEN sangong_reception WHEN 'operating_costs' THEN operating_costs
      WHEN 'staff_quota' THEN staff_quota WHEN 'staff_active' THEN staff_active
      WHEN 'appropriation_per_staff' THEN appropriation_per_staff WHEN 'personnel_per_staff' THEN personnel_per_staff
      WHEN 'public_funds_per_staff' THEN public_funds_per_staff
    END AS DOUBLE) AS sort_number
  FROM r
), m AS (
  -- one year and basis (unit_selection): the peers' medians and the row count are one aggregate,
  -- cheaper than windows over every row
  SELECT CAST(median(CAST(appropriation AS DECIMAL(18, 6))) AS DOUBLE) AS peer_median_appropriation,
         median(appropriation_per_staff) AS peer_median_per_staff,
         CAST(count(*) AS INTEGER) AS total_rows
  FROM s
)
SELECT
  unit_id, unit_name, city, region, year, basis, doc_kind, doc_scope, scope_documents, doc_id,
  income_total, expenditure_total, appropriation, general_budget, gov_fund, basic, project, personnel, public_funds,
  sangong_total, sangong_outbound, sangong_reception, sangong_vehicle_total,
  sangong_vehicle_purchase, sangong_vehicle_operation, operating_costs,
  staff_quota, staff_actual, staff_active,
  appropriation_per_staff, personnel_per_staff, public_funds_per_staff,
  rank_appropriation, peer_median_appropriation, peer_median_per_staff, total_rows
FROM k, m
ORDER BY
  CASE WHEN CAST($10 AS VARCHAR) = 'desc' THEN CASE CAST($9 AS VARCHAR) WHEN 'unit_name' THEN unit_name WHEN 'region' THEN region WHEN 'doc_scope' THEN doc_scope END END DESC NULLS LAST,
  CASE WHEN CAST($10 AS VARCHAR) = 'asc' THEN CASE CAST($9 AS VARCHAR) WHEN 'unit_name' THEN unit_name WHEN 'region' THEN region WHEN 'doc_scope' THEN doc_scope END END ASC NULLS LAST,
  CASE WHEN CAST($10 AS VARCHAR) = 'desc' THEN sort_number END DESC NULLS LAST,
  CASE WHEN CAST($10 AS VARCHAR) = 'asc' THEN sort_number END ASC NULLS LAST,
  year DESC, basis DESC, appropriation DESC NULLS LAST, unit_name, unit_id
LIMIT CAST($11 AS INTEGER) OFFSET CAST($12 AS INTEGER);
