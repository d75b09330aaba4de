-- preferred_summary: unit_summary with, per unit, year, basis and kind of document (预算/决算), which
-- document each 口径 preference keeps: pick_dept (a 部门 document first, else the 单位 one) and
-- pick_unit (the other way round), and how many documents of that kind the unit-year has (so a page
-- can say another 口径 exists). Made once at setup: the choice does not depend on any filter.
-- A document that names no unit (e.g. a blank template) is listed under a name that says so.
CREATE OR REPLACE TABLE preferred_summary AS
SELECT * REPLACE (coalesce(unit_name, '（未识别单位名称的文件）') AS unit_name),
  row_number() OVER (PARTITION BY unit_id, year, basis, doc_kind ORDER BY (doc_scope = '部门') DESC, doc_id) = 1 AS pick_dept,
  row_number() OVER (PARTITION BY unit_id, year, basis, doc_kind ORDER BY (doc_scope = '单位') DESC, doc_id) = 1 AS pick_unit,
  CAST(count(*) OVER (PARTITION BY unit_id, year, basis, doc_kind) AS INTEGER) AS scope_documents
FROM unit_summary;
