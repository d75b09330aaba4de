-- unit_functions: one unit's 类→款→项 (table t3 totals) for one year and basis, for the drill-down.
SELECT code, min(name) AS name, level,
       CAST(sum(CAST(amount AS DECIMAL(18, 6))) AS DOUBLE) AS amount
FROM lines
WHERE unit_id = CAST($1 AS VARCHAR) AND year = CAST($2 AS INTEGER) AND basis = CAST($3 AS VARCHAR)
  AND doc_id = preferred_doc(CAST($1 AS VARCHAR), CAST($2 AS INTEGER), CAST($3 AS VARCHAR))
  AND "table" = 't3' AND classification = 'function' AND measure = 'total' AND code IS NOT NULL
GROUP BY code, level
ORDER BY code;
