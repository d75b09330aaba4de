-- selection: the macros every view selects unit-years with. unit_years: every year of the unit rows the filters select, one document per unit, year, basis
-- and kind — the one the 口径 preference keeps (pick_dept / pick_unit, made once at setup in
-- preferred_summary.sql), so nothing is counted twice and the choice is the user's, not a sort's.
-- unit_selection: the same for one year only — the year asked for, or without one the latest year
-- the selection has (never a sum over years).
-- Parameters are values, never pasted into SQL: year, city, region, basis, search text, unit ids
-- (comma-joined, '' = all), kind ('预算' | '决算'), scope preference ('dept' | 'unit').
CREATE OR REPLACE MACRO unit_years(p_city, p_region, p_basis, p_q, p_units, p_kind, p_scope) AS TABLE
SELECT *
FROM preferred_summary
WHERE (p_city IS NULL OR city = p_city)
  AND (p_region IS NULL OR region = p_region)
  AND (p_basis IS NULL OR basis = p_basis)
  AND (p_q IS NULL OR contains(lower(unit_name), lower(p_q)) OR unit_id = p_q)
  AND (p_units = '' OR list_contains(string_split(p_units, ','), unit_id))
  AND coalesce(doc_kind, '预算') = p_kind -- a document whose kind is not printed is read as a 预算 (the common case)
  AND CASE WHEN p_scope = 'unit' THEN pick_unit ELSE pick_dept END;

CREATE OR REPLACE MACRO unit_selection(p_year, p_city, p_region, p_basis, p_q, p_units, p_kind, p_scope) AS TABLE
-- the latest year as a window over the one scan (a scalar subquery scanned the rows twice: ~40 % slower);
-- the per-staff figures (万元 per active staff, none without staff) defined here once for every view
SELECT * EXCLUDE (latest_year),
  CASE WHEN staff_active > 0 THEN appropriation / staff_active END AS appropriation_per_staff,
  CASE WHEN staff_active > 0 THEN personnel / staff_active END AS personnel_per_staff,
  CASE WHEN staff_active > 0 THEN public_funds / staff_active END AS public_funds_per_staff
FROM (SELECT *, max(year) OVER () AS latest_year FROM unit_years(p_city, p_region, p_basis, p_q, p_units, p_kind, p_scope))
WHERE year = coalesce(p_year, latest_year);
