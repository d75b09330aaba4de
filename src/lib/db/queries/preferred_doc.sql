-- preferred_doc: the document unit_selection keeps for one unit, year and basis (lines and
-- findings of the other scope's document are never mixed in).
CREATE OR REPLACE MACRO preferred_doc(p_unit, p_year, p_basis) AS (
  SELECT doc_id FROM unit_summary
  WHERE unit_id = p_unit AND year = p_year AND basis = p_basis
  ORDER BY (doc_scope = '单位') DESC, doc_kind, doc_id
  LIMIT 1
);
