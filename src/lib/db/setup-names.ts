/**
 * The setup statements (macros and the function_lines table the views share), in the order they
 * must run. Kept apart from queries.ts, whose SQL comes through Vite's ?raw imports, so the Node
 * CLI (`npm run query`) can read the same files from disk in the same order.
 */
export const SETUP_NAMES = ['preferred_summary', 'selection', 'function_table_rank', 'function_lines'] as const;
export type SetupName = (typeof SETUP_NAMES)[number];
