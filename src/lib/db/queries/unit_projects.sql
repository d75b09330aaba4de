-- unit_projects: one unit's projects (project table totals) in one year.
SELECT name, code, CAST(sum(CAST(amount AS DECIMAL(18, 6))) AS DOUBLE) AS amount, min(source_line) AS source_line
FROM lines
WHERE unit_id = CAST($1 AS VARCHAR) AND year = CAST($2 AS INTEGER) AND basis = 'stated'
  AND doc_id = preferred_doc(CAST($1 AS VARCHAR), CAST($2 AS INTEGER), 'stated')
  AND classification = 'project' AND measure = 'total' AND certain
GROUP BY name, code
ORDER BY amount DESC, name;
