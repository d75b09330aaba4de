/**
 * The dataset CSV format of csv.ts as DuckDB SQL: one VARCHAR expression per row, so the ingest
 * writes a CSV with `COPY … (QUOTE '', ESCAPE '')` — DuckDB formats, quotes and writes the rows,
 * nothing passes through JavaScript. Same bytes as csvRow (csv-sql.test.ts runs both on DuckDB).
 * Amounts are read as DECIMAL(18,6) 万元 (the lake's type), exactly as formatWanyuanExact prints 分.
 */
import { AMOUNT_COLUMNS, COLUMNS, INTEGER_COLUMNS, type Dataset } from './rows';

/** JavaScript's `\s` (what quoteCsv tests) as an RE2 class: RE2's own `\s` lacks the Unicode spaces. */
const JS_SPACE = '[\\t\\n\\x0B\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
/** csv.ts's FORMULA_START and PLAIN_NUMBER in RE2 (`\d` is ASCII in both). */
const FORMULA_START = '^[=+\\-@\\t\\r]';
const PLAIN_NUMBER = '^[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?$';

/** An SQL string literal (our own patterns and names only). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A text cell: neutraliseFormula, then quoteCsv (the neutralised text is spelt out thrice; DuckDB evaluates it once). */
function textCell(value: string): string {
  const neutral = `(CASE WHEN regexp_matches(${value}, ${literal(FORMULA_START)}) AND NOT regexp_matches(${value}, ${literal(PLAIN_NUMBER)}) THEN '''' || ${value} ELSE ${value} END)`;
  const needsQuotes = literal(`[",\\n\\r]|^${JS_SPACE}|${JS_SPACE}$`);
  return `CASE WHEN regexp_matches(${neutral}, ${needsQuotes}) THEN '"' || replace(${neutral}, '"', '""') || '"' ELSE ${neutral} END`;
}

/** One cell of `column` (a column of `alias`), blank when null. */
function cellSql(alias: string, column: string): string {
  const value = `${alias}."${column}"`;
  let text: string;
  // DECIMAL(18,6) prints six decimals; formatWanyuanExact keeps two and any non-zero beyond.
  if (AMOUNT_COLUMNS.has(column)) text = `regexp_replace(CAST(${value} AS VARCHAR), '(\\.\\d\\d\\d*?)0*$', '\\1')`;
  else if (INTEGER_COLUMNS.has(column)) text = `CAST(${value} AS VARCHAR)`;
  else text = textCell(`CAST(${value} AS VARCHAR)`);
  return `coalesce(${text}, '')`;
}

/** The CSV line (no line end) of a row of `table`, whose columns are those of `alias`. */
export function csvLineSql(table: keyof Dataset, alias: string): string {
  return COLUMNS[table].map((column) => cellSql(alias, column)).join(` || ',' || `);
}
