/**
 * The end of an Arrow IPC stream: a continuation marker (0xFFFFFFFF) and a zero length. Every
 * stream the dataset writers make ends with it; a file cut short (a copy interrupted, a download
 * stopped) almost never does — and duckdb-wasm loads such a file's first rows without a word, then
 * refuses every later stream on the connection. Browser-safe, no Arrow library needed.
 */
export const END_OF_STREAM: readonly number[] = [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0];

/** Whether `bytes` ends as a complete IPC stream does. */
export function endsAsStream(bytes: Uint8Array): boolean {
  if (bytes.length < END_OF_STREAM.length) return false;
  const start = bytes.length - END_OF_STREAM.length;
  return END_OF_STREAM.every((byte, index) => bytes[start + index] === byte);
}
