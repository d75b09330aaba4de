-- alerts: 预警 indicators per unit-year of the selection (one year, one document per unit: the
-- unit_selection macro), each judged against its peer group by median and MAD (scaled 1.4826),
-- or by a rule (三公 must not rise; 实有 must not exceed 编制). Missing inputs give a NULL value
-- and status 'missing' (never 0); a group with fewer than min-peers values gives 'few'.
-- The previous year (三公, 机关运行经费): the prior-basis row of the same document, else the unit's
-- stated row of year − 1 (same kind, same 口径 preference). Execution rate: the selection's
-- document against the other kind of the same unit-year — same 口径 first, then the preference,
-- stated before prior (a 预算's figure as the next year's narrative gives it, as in execution.sql).
-- Rows: 'cell' rows for the `max units` units with most flags (each indicator flagged, missing or not
-- compared; one judged cell for a unit with none of those), and one
-- 'summary' row per indicator (status counts and quantiles of the deviation, for the chart).
-- Parameters: $1 year, $2 city, $3 region, $4 search text, $5 unit ids, $6 kind, $7 口径 preference,
-- $8 peer mode, $9 unit-type rules (lines "type\tclass\tending|ending…"), $10 k, $11 min peers,
-- $12 indicator keys (comma-joined), $13 max units, $14 every cell (else flagged / not judged ones).
WITH sel AS (
  SELECT * FROM unit_selection(CAST($1 AS INTEGER), CAST($2 AS VARCHAR), CAST($3 AS VARCHAR), 'stated',
                               CAST($4 AS VARCHAR), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR), CAST($7 AS VARCHAR))
), patterns AS (
  -- the unit-type table (peers.ts): the first rule (ord) with an ending the name has wins
  SELECT ord, split_part(entry, chr(9), 1) AS unit_type, split_part(entry, chr(9), 2) AS unit_class,
         unnest(string_split(split_part(entry, chr(9), 3), '|')) AS suffix
  FROM (SELECT unnest(entries) AS entry, generate_subscripts(entries, 1) AS ord
        FROM (SELECT string_split(CAST($9 AS VARCHAR), chr(10)) AS entries))
), names AS (
  SELECT DISTINCT unit_id, trim(regexp_replace(trim(coalesce(unit_name, '')), '[（(][^（）()]*[）)]$', '')) AS bare FROM sel
), typed AS (
  SELECT n.unit_id, p.unit_type, p.unit_class
  FROM names n JOIN patterns p ON p.suffix <> '' AND ends_with(n.bare, p.suffix)
  QUALIFY row_number() OVER (PARTITION BY n.unit_id ORDER BY p.ord) = 1
), prior_row AS (
  -- the same document's figures for the year before (“上年”)
  SELECT p.doc_id, p.sangong_total, p.operating_costs
  FROM preferred_summary p JOIN sel s ON p.doc_id = s.doc_id AND p.year = s.year - 1 AND p.basis = 'prior'
), last_year AS (
  SELECT p.unit_id, p.sangong_total, p.operating_costs
  FROM preferred_summary p JOIN sel s ON p.unit_id = s.unit_id AND p.year = s.year - 1
  WHERE p.basis = 'stated' AND coalesce(p.doc_kind, '预算') = CAST($6 AS VARCHAR)
    AND CASE WHEN CAST($7 AS VARCHAR) = 'unit' THEN p.pick_unit ELSE p.pick_dept END
), other_kind AS (
  SELECT p.unit_id, p.appropriation
  FROM preferred_summary p JOIN sel s ON p.unit_id = s.unit_id AND p.year = s.year
  WHERE coalesce(p.doc_kind, '预算') <> CAST($6 AS VARCHAR)
  -- the same 口径 as the selection's document first (a 部门 预算 against a 单位 决算 is no rate)
  QUALIFY row_number() OVER (PARTITION BY p.unit_id ORDER BY (p.doc_scope IS NOT DISTINCT FROM s.doc_scope) DESC,
    (CASE WHEN CAST($7 AS VARCHAR) = 'unit' THEN p.pick_unit ELSE p.pick_dept END) DESC, (p.basis = 'stated') DESC) = 1
), base AS (
  SELECT s.unit_id, s.unit_name, s.year, s.doc_id, s.doc_scope,
         coalesce(t.unit_type, '其他') AS unit_type, coalesce(t.unit_class, '其他') AS unit_class,
         CASE CAST($8 AS VARCHAR)
           WHEN 'class' THEN coalesce(t.unit_class, '其他') WHEN 'type' THEN coalesce(t.unit_type, '其他')
           WHEN 'all' THEN '所选单位' ELSE coalesce(nullif(s.region, ''), nullif(s.city, ''), '未标地区') END AS peer_group,
         s.appropriation, s.personnel, s.public_funds, s.sangong_total, s.operating_costs, s.project,
         s.income_total, s.carryover, s.staff_active, s.staff_actual, s.staff_quota,
         coalesce(pr.sangong_total, ly.sangong_total) AS prev_sangong,
         CASE WHEN pr.sangong_total IS NOT NULL THEN 'prior' WHEN ly.sangong_total IS NOT NULL THEN 'stated' END AS prev_sangong_from,
         coalesce(pr.operating_costs, ly.operating_costs) AS prev_operating,
         CASE WHEN pr.operating_costs IS NOT NULL THEN 'prior' WHEN ly.operating_costs IS NOT NULL THEN 'stated' END AS prev_operating_from,
         CASE WHEN CAST($6 AS VARCHAR) = '决算' THEN ok.appropriation ELSE s.appropriation END AS budget_appropriation,
         CASE WHEN CAST($6 AS VARCHAR) = '决算' THEN s.appropriation ELSE ok.appropriation END AS final_appropriation
  FROM sel s LEFT JOIN typed t USING (unit_id) LEFT JOIN prior_row pr USING (doc_id)
       LEFT JOIN last_year ly USING (unit_id) LEFT JOIN other_kind ok USING (unit_id)
), chosen AS (
  SELECT unnest(string_split(CAST($12 AS VARCHAR), ',')) AS indicator
), cells AS (
  -- a, b: the figures the value is made of (amount and staff, this year and last, part and whole)
  -- narrow rows (the unit's names join back only for the units listed): they are materialised twice
  SELECT b.unit_id, b.peer_group, c.indicator,
         CASE WHEN c.indicator IN ('sangong_change', 'staff_over_quota') THEN 'rule' ELSE 'peer' END AS method,
         CASE c.indicator
           WHEN 'appropriation_per_staff' THEN b.appropriation WHEN 'personnel_per_staff' THEN b.personnel
           WHEN 'public_funds_per_staff' THEN b.public_funds WHEN 'sangong_per_staff' THEN b.sangong_total
           WHEN 'sangong_change' THEN b.sangong_total WHEN 'operating_change' THEN b.operating_costs
           WHEN 'project_share' THEN b.project WHEN 'staff_over_quota' THEN b.staff_actual
           WHEN 'carryover_share' THEN b.carryover WHEN 'execution_rate' THEN b.final_appropriation END AS a,
         CASE c.indicator
           WHEN 'sangong_change' THEN b.prev_sangong WHEN 'operating_change' THEN b.prev_operating
           WHEN 'project_share' THEN b.appropriation WHEN 'staff_over_quota' THEN b.staff_quota
           WHEN 'carryover_share' THEN b.income_total WHEN 'execution_rate' THEN b.budget_appropriation
           ELSE b.staff_active END AS b,
         CASE c.indicator WHEN 'sangong_change' THEN b.prev_sangong_from WHEN 'operating_change' THEN b.prev_operating_from END AS prev_from
  FROM base b CROSS JOIN chosen c
), valued AS (
  SELECT *,
         CASE
           WHEN a IS NULL OR b IS NULL THEN NULL
           WHEN indicator = 'sangong_change' THEN CAST(CAST(a AS DECIMAL(18, 6)) - CAST(b AS DECIMAL(18, 6)) AS DOUBLE)
           WHEN indicator = 'staff_over_quota' THEN a - b
           WHEN indicator = 'operating_change' THEN CASE WHEN b > 0 THEN (a - b) / b END
           ELSE CASE WHEN b > 0 THEN a / b END -- per staff, shares, rates: no value without a positive base
         END AS value
  FROM cells
), stats AS (
  SELECT indicator, peer_group, CAST(count(value) AS INTEGER) AS peers, median(value) AS median,
         quantile_cont(value, 0.05) AS q05, quantile_cont(value, 0.95) AS q95
  FROM valued WHERE method = 'peer' AND value IS NOT NULL GROUP BY ALL
), spread AS (
  SELECT v.indicator, v.peer_group, 1.4826 * median(abs(v.value - s.median)) AS mad
  FROM valued v JOIN stats s USING (indicator, peer_group) WHERE v.value IS NOT NULL GROUP BY ALL
), judged AS (
  SELECT v.*, s.peers, s.median, sp.mad, s.q05, s.q95,
         CASE WHEN v.method = 'peer' AND sp.mad > 0 THEN (v.value - s.median) / sp.mad END AS deviation,
         CASE
           WHEN v.value IS NULL THEN 'missing'
           WHEN v.method = 'rule' THEN CASE WHEN v.value > 0 THEN 'flag' ELSE 'ok' END
           WHEN s.peers < CAST($11 AS INTEGER) THEN 'few'
           WHEN sp.mad > 0 THEN CASE WHEN abs(v.value - s.median) / sp.mad > CAST($10 AS DOUBLE) THEN 'flag' ELSE 'ok' END
           -- MAD 0 (most of the group share one value): outside the 5–95% quantiles and off the median
           WHEN v.value <> s.median AND (v.value > s.q95 OR v.value < s.q05) THEN 'flag'
           ELSE 'ok'
         END AS status
  FROM valued v LEFT JOIN stats s USING (indicator, peer_group) LEFT JOIN spread sp USING (indicator, peer_group)
), per_unit AS (
  SELECT j.unit_id, any_value(b.unit_name) AS unit_name, CAST(count(*) FILTER (WHERE j.status = 'flag') AS INTEGER) AS flags,
         count(*) FILTER (WHERE j.status <> 'ok') AS notable
  FROM judged j JOIN base b USING (unit_id) GROUP BY j.unit_id
  ORDER BY flags DESC, unit_name, j.unit_id
  LIMIT CAST($13 AS INTEGER)
)
SELECT 'cell' AS row_type, j.unit_id, b.unit_name, b.year, b.doc_id, b.doc_scope, b.unit_type, b.unit_class, j.peer_group,
       j.indicator, j.method, j.a, j.b, j.prev_from, j.value, j.peers, j.median, j.mad, j.q05, j.q95, j.deviation, j.status,
       u.flags, CAST(NULL AS INTEGER) AS units, CAST(NULL AS INTEGER) AS flagged, CAST(NULL AS INTEGER) AS missing, CAST(NULL AS INTEGER) AS few,
       CAST(NULL AS DOUBLE[]) AS deviations
FROM judged j JOIN per_unit u USING (unit_id) JOIN base b USING (unit_id)
-- the page shows flags and what could not be judged: an 'ok' cell only stands for a unit that has nothing else
-- (a tenth of the rows to build into objects, in the browser the larger part of the time at 100k);
-- $14 true lists every cell (tests, a unit's own view)
WHERE CAST($14 AS BOOLEAN) OR j.status <> 'ok' OR (u.notable = 0 AND j.indicator = (SELECT min(indicator) FROM chosen))
UNION ALL
SELECT 'summary', NULL, NULL, (SELECT max(year) FROM sel), NULL, NULL, NULL, NULL, NULL,
       indicator, any_value(method), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, CAST(count(*) AS INTEGER), CAST(count(*) FILTER (WHERE status = 'flag') AS INTEGER),
       CAST(count(*) FILTER (WHERE status = 'missing') AS INTEGER), CAST(count(*) FILTER (WHERE status = 'few') AS INTEGER),
       -- the box of the chart: 5/25/50/75/95% of the deviations the group could measure
       quantile_cont(deviation, [0.05, 0.25, 0.5, 0.75, 0.95]) FILTER (WHERE deviation IS NOT NULL AND status <> 'few')
FROM judged GROUP BY indicator
ORDER BY row_type, flags DESC, unit_name, unit_id, indicator;
