-- summary_values: the unit_summary row of one document and basis, every figure as a DOUBLE (counts
-- included), so a derived figure (per staff) is computed from exactly what the tables show.
-- $1 doc_id, $2 basis
SELECT * FROM unit_summary WHERE doc_id = CAST($1 AS VARCHAR) AND basis = CAST($2 AS VARCHAR) LIMIT 1;
