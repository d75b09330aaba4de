/**
 * The app's one Content-Security-Policy: nothing from any other origin. svelte.config.js gives it
 * to kit.csp, which writes it into every page as a meta tag with the hashes of SvelteKit's inline
 * boot script; scripts/serve.mjs sends the same policy as a header (for a page, the page's own
 * meta policy, hashes included). Keywords are written unquoted, as kit.csp expects.
 */

/** @type {Record<string, string[]>} */
export const CSP_DIRECTIVES = {
  'default-src': ['self'],
  // duckdb-wasm compiles its wasm in the page's worker: 'wasm-unsafe-eval' allows that and no eval().
  'script-src': ['self', 'wasm-unsafe-eval'],
  'worker-src': ['self', 'blob:'],
  'connect-src': ['self'],
  'img-src': ['self', 'data:', 'blob:'],
  'font-src': ['self'],
  // Stylesheets only from the app. Style attributes are needed (app.html's wrapper, style="…" in
  // Svelte templates, ECharts' tooltip HTML: without this Chromium blocks them); <style> elements are not.
  'style-src': ['self'],
  'style-src-attr': ['unsafe-inline'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'wasm-unsafe-eval', 'strict-dynamic', 'unsafe-hashes', 'report-sample']);

/** The policy as header text: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …`. */
export function cspHeader(directives = CSP_DIRECTIVES) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values.map((value) => (KEYWORDS.has(value) ? `'${value}'` : value))].join(' '))
    .join('; ');
}
