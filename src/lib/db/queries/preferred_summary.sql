-- preferred_summary: unit_summary with one document scope per unit, year and basis (a 单位 document
-- wins over a 部门 one). Made once at setup: the choice does not depend on any filter.
CREATE OR REPLACE TABLE preferred_summary AS
SELECT * FROM unit_summary
QUALIFY row_number() OVER (PARTITION BY unit_id, year, basis ORDER BY (doc_scope = '单位') DESC, doc_kind, doc_id) = 1;
