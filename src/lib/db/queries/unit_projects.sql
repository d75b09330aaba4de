-- unit_projects: one document's projects (project table totals) in its own year ($1 doc_id).
SELECT name, code, CAST(sum(CAST(amount AS DECIMAL(18, 6))) AS DOUBLE) AS amount, min(source_line) AS source_line
FROM lines
WHERE doc_id = CAST($1 AS VARCHAR) AND basis = 'stated'
  AND classification = 'project' AND measure = 'total' AND certain
GROUP BY name, code
ORDER BY amount DESC, name;
