/**
 * Which files are parts of one disclosure, the same for the CLI (paths) and the browser (a
 * dropped folder's relative paths or bare file names). Paths are split on / and \\ here, so no
 * Node module is needed.
 */
const PART_NAME = /^(.+?)[_-]part(\d{1,3})(?=[_.-]|$)/i;

/**
 * One document published in parts (narrative, then tables): files in the same folder whose
 * FILE NAMES share a stem and an extension and differ by `_part1`, `_part2`, … (the rest of the
 * name may differ: `_part1_narrative` / `_part2_tables`). Folder names never count: two unrelated
 * files in a folder called `budget_part1/` stay two documents. A set with a gap or a repeated
 * part number (`_part1` twice) is not joined — each file is read alone rather than guessed at.
 */
export function groupParts(files: string[]): string[][] {
  const byStem = new Map<string, { part: number; file: string }[]>();
  const groups: string[][] = [];
  for (const file of files) {
    const match = PART_NAME.exec(baseName(file));
    if (!match) {
      groups.push([file]);
      continue;
    }
    const key = `${folderOf(file)}\u0000${match[1]!.toLowerCase()}\u0000${extensionOf(file)}`;
    const parts = byStem.get(key) ?? [];
    parts.push({ part: Number(match[2]), file });
    byStem.set(key, parts);
  }
  for (const parts of byStem.values()) {
    parts.sort((a, b) => a.part - b.part || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const complete = parts.length > 1 && parts.every((entry, index) => entry.part === index + 1);
    if (complete) groups.push(parts.map((entry) => entry.file));
    else for (const entry of parts) groups.push([entry.file]);
  }
  return groups;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function folderOf(path: string): string {
  return path.slice(0, path.length - baseName(path).length);
}

function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
