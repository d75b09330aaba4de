/** The real seed files as extracted lines, for the wording rules' tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../extract/text';
import type { Line } from '../../extract/types';

export const SEED_DIR = join(import.meta.dirname, '../../../../seeds');

export function seedFile(prefix: '000' | '001'): string {
  const name = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found`);
  return join(SEED_DIR, name);
}

export function seedLines(prefix: '000' | '001', transform?: (text: string) => string): Line[] {
  const path = seedFile(prefix);
  let text = readFileSync(path, 'utf8');
  if (transform) text = transform(text);
  const result = extractText(path, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.document.lines;
}
