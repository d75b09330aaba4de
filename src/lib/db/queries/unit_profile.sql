-- unit_profile: every summary row of one unit (all years, both bases), with the document each comes from.
SELECT s.*, u.province, u.name_variants, u.source_file, u.published_on
FROM unit_summary s
LEFT JOIN units u ON u.doc_id = s.doc_id
WHERE s.unit_id = CAST($1 AS VARCHAR)
ORDER BY s.year DESC, s.basis DESC, s.doc_scope;
