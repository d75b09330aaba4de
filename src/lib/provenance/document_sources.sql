-- document_sources: one document (units) with the sources of its unit_summary figures of one basis
-- (summary_sources), for the source view. A document without such rows (an older dataset, a figure
-- the document does not state) still gives its own row, with NULL figure.
-- $1 doc_id, $2 basis ('stated' | 'prior')
SELECT u.doc_id, u.unit_id, u.unit_name, u.year AS doc_year, u.doc_kind, u.doc_scope, u.source_file, u.source_sha256,
       s.year, s.basis, s.figure, s.label, s.source_line, s.page, s.box, s.formula, s.inputs
FROM units u
LEFT JOIN summary_sources s ON s.doc_id = u.doc_id AND s.basis = CAST($2 AS VARCHAR)
WHERE u.doc_id = CAST($1 AS VARCHAR)
ORDER BY s.figure NULLS FIRST;
