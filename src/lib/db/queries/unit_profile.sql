-- unit_profile: every summary row of one unit (all years, both bases), with its documents.
SELECT s.*, u.province, u.name_variants, u.source_file, u.published_on
FROM unit_summary s
LEFT JOIN (SELECT unit_id, year, doc_scope, any_value(province) AS province, any_value(name_variants) AS name_variants,
                  string_agg(DISTINCT source_file, '；') AS source_file, any_value(published_on) AS published_on
           FROM units GROUP BY ALL) u
  ON u.unit_id = s.unit_id AND u.year = (CASE WHEN s.basis = 'prior' THEN s.year + 1 ELSE s.year END)
 AND u.doc_scope IS NOT DISTINCT FROM s.doc_scope
WHERE s.unit_id = CAST($1 AS VARCHAR)
ORDER BY s.year DESC, s.basis DESC, s.doc_scope;
