/** The view a statement is, from its leading `-- name:` comment (every view file starts with one). */
export function viewName(sql: string): string {
  return /^--\s*([a-z_]+):/.exec(sql.trimStart())?.[1] ?? 'sql';
}
