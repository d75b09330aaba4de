// Unit pages are not known at build time: the 200.html fallback serves them.
export const prerender = false;
