-- sangong_trend: 三公 items of the selected units in every year and basis (stated and the
-- prior-year figures the narrative gives), with the change against the previous year's row.
-- items_known says how many of the three items (出国（境）, 公务接待, 公务用车) a year states, so a
-- year known only in part is drawn as partial, never as complete.
-- Parameters: up-to year, city, region, search text, unit ids, kind, 口径 preference.
WITH s AS (
  SELECT * FROM unit_years(CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), NULL, CAST($4 AS VARCHAR),
                           CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR))
), yearly AS (
  -- for one year a stated row beats a prior-year row derived from the next year's narrative
  SELECT * FROM s
  QUALIFY row_number() OVER (PARTITION BY unit_id, year ORDER BY (basis = 'stated') DESC) = 1
)
SELECT unit_id, unit_name, year, basis, doc_scope, doc_kind,
  sangong_total, sangong_outbound, sangong_reception, sangong_vehicle_total,
  sangong_vehicle_purchase, sangong_vehicle_operation,
  CAST(CAST(sangong_outbound IS NOT NULL AS INTEGER) + CAST(sangong_reception IS NOT NULL AS INTEGER) + CAST(sangong_vehicle_total IS NOT NULL AS INTEGER) AS INTEGER) AS items_known,
  CAST(CAST(sangong_total AS DECIMAL(18, 6))
       - CAST(lag(sangong_total) OVER (PARTITION BY unit_id ORDER BY year) AS DECIMAL(18, 6)) AS DOUBLE) AS change_total
FROM yearly
WHERE CAST($1 AS INTEGER) IS NULL OR year <= CAST($1 AS INTEGER)
ORDER BY unit_name, year;
