-- unit_tables: the tables found in one unit's documents (completeness and provenance).
SELECT year, doc_id, "table", title_as_printed, unit_of_measure, page, first_line, last_line, status
FROM tables
WHERE unit_id = CAST($1 AS VARCHAR)
ORDER BY year DESC, doc_id, TRY_CAST(regexp_extract("table", '^t(\d+)$', 1) AS INTEGER) NULLS LAST, "table";
