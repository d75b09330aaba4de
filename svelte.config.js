import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/csp.mjs';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Client-only: the shell is prerendered, every page renders in the browser (DuckDB runs there).
    adapter: adapter({ fallback: '200.html', strict: false }),
    prerender: { handleHttpError: 'warn', entries: ['*'] },
    // Hashes, not nonces: the pages are static files, so the policy travels in each page's meta tag.
    csp: { mode: 'hash', directives: CSP_DIRECTIVES }
  }
};

export default config;
