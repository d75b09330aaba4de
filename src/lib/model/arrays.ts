/**
 * Appends `items` to `into` one by one. `into.push(...items)` passes every item as an argument,
 * and past some 100,000 items (a damaged file's warnings, a long file's lines) that overflows the
 * call stack; a loop has no such limit.
 */
export function appendAll<T>(into: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const items of lists) for (const item of items) into.push(item);
  return into;
}

/** The parts' bytes one after another, in one new array. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
