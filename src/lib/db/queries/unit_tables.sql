-- unit_tables: the tables found in one unit's documents (completeness, provenance and whether each was read with certainty).
SELECT year, doc_id, "table", title_as_printed, unit_of_measure, page, first_line, last_line, status, quality, quality_note
FROM tables
WHERE unit_id = CAST($1 AS VARCHAR)
ORDER BY year DESC, doc_id, TRY_CAST(regexp_extract("table", '^t(\d+)$', 1) AS INTEGER) NULLS LAST, "table";
