/**
 * How much one document may hold before it is refused by name instead of read: a real budget
 * disclosure has tens to a few hundred pages, lines of at most a few hundred characters and some
 * tens of thousands of glyphs. Past these the input is damage or an attack, and reading it would
 * only burn time and memory. Shared by the CLI and the browser.
 */
export const EXTRACT_LIMITS = {
  pages: 2_000,
  /** A line of 160,000 digits is damage, not data. */
  lineChars: 20_000,
  /** Text items of one PDF page (a dense table page has a few thousand). */
  glyphsPerPage: 100_000,
  /** Text items of a whole PDF (a 500-page disclosure has some hundreds of thousands). */
  glyphs: 3_000_000
} as const;
