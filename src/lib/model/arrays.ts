/**
 * Appends `items` to `into` one by one. `into.push(...items)` passes every item as an argument,
 * and past some 100,000 items (a damaged file's warnings, a long file's lines) that overflows the
 * call stack; a loop has no such limit.
 */
export function appendAll<T>(into: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const items of lists) for (const item of items) into.push(item);
  return into;
}
