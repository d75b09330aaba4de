-- preferred_summary: unit_summary with, per unit, year, basis and kind of document (预算/决算), which
-- document each 口径 preference keeps: pick_dept (a 部门 document first, else the 单位 one) and
-- pick_unit (the other way round), and how many documents of that kind the unit-year has (so a page
-- can say another 口径 exists). Made once at setup: the choice does not depend on any filter.
-- A document that names no unit (e.g. a blank template) is listed under a name that says so.
-- The pick of a group is its preferred scope's first doc_id, else the first with a scope, else the
-- first: one hash aggregate joined back (two sorted windows took twice as long at 100k unit-years).
CREATE OR REPLACE TABLE preferred_summary AS
WITH picks AS (
  SELECT unit_id, year, basis, doc_kind,
    coalesce(min(doc_id) FILTER (WHERE doc_scope = '部门'), min(doc_id) FILTER (WHERE doc_scope IS NOT NULL), min(doc_id)) AS dept_doc,
    coalesce(min(doc_id) FILTER (WHERE doc_scope = '单位'), min(doc_id) FILTER (WHERE doc_scope IS NOT NULL), min(doc_id)) AS unit_doc,
    CAST(count(*) AS INTEGER) AS documents
  FROM unit_summary
  GROUP BY unit_id, year, basis, doc_kind
)
SELECT s.* REPLACE (coalesce(s.unit_name, '（未识别单位名称的文件）') AS unit_name),
  s.doc_id = p.dept_doc AS pick_dept,
  s.doc_id = p.unit_doc AS pick_unit,
  p.documents AS scope_documents
FROM unit_summary s
JOIN picks p ON s.unit_id IS NOT DISTINCT FROM p.unit_id AND s.year IS NOT DISTINCT FROM p.year
  AND s.basis IS NOT DISTINCT FROM p.basis AND s.doc_kind IS NOT DISTINCT FROM p.doc_kind;
