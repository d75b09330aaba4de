-- compare_rows: 对比's rows — the overview's columns for the selected unit-years (one year: see
-- unit_selection) in the overview's default order, at most $9 of them (NULL = all), each carrying
-- the selection's row count. Without the overview's peer medians (对比 draws its own): a median
-- window over the selection doubled the query's time in duckdb-wasm, and 对比 runs on every change.
WITH s AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), CAST($4 AS VARCHAR),
                      CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))
)
SELECT
  unit_id, unit_name, city, region, year, basis, doc_kind, doc_scope, scope_documents, doc_id,
  income_total, expenditure_total, appropriation, general_budget, gov_fund, basic, project, personnel, public_funds,
  sangong_total, sangong_outbound, sangong_reception, sangong_vehicle_total,
  sangong_vehicle_purchase, sangong_vehicle_operation, operating_costs,
  staff_quota, staff_actual, staff_active,
  appropriation_per_staff, personnel_per_staff, public_funds_per_staff,
  CAST(NULL AS INTEGER) AS rank_appropriation,
  CAST(NULL AS DOUBLE) AS peer_median_appropriation,
  CAST(NULL AS DOUBLE) AS peer_median_per_staff,
  CAST(count(*) OVER () AS INTEGER) AS total_rows
FROM s
ORDER BY year DESC, basis DESC, appropriation DESC NULLS LAST, unit_name, unit_id
LIMIT CAST($9 AS INTEGER);
