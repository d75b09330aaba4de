// Client-only: DuckDB runs in the browser; the shell is prerendered for adapter-static.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
