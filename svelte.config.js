import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Client-only: the shell is prerendered, every page renders in the browser (DuckDB runs there).
    adapter: adapter({ fallback: '200.html', strict: false }),
    prerender: { handleHttpError: 'warn', entries: ['*'] }
  }
};

export default config;
