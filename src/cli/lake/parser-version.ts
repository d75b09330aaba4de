/**
 * The parser version a lake's rows were read with: a hash of the pipeline's own source (extract →
 * parse → check → normalise, and the model they share), so any change to how documents are read
 * makes the next run read every document again — no version number to forget to bump.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIB = fileURLToPath(new URL('../../lib/', import.meta.url));
const PIPELINE = ['extract', 'parse', 'check', 'normalise', 'model', 'ingest.ts'];

let cached: string | null = null;

export function parserVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const path of PIPELINE.flatMap((entry) => sourceFiles(join(LIB, entry))).sort()) {
    hash.update(relative(LIB, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

function sourceFiles(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return sourceFiles(child);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [child] : [];
  });
}
