/**
 * The lines around a line of a text original, as the source view shows them. Line numbers are the
 * file's own (extract/text.ts splits on \n after folding \r\n and \r), pages counted by form feeds.
 */
import { decodeText } from '../extract/decode';

export interface WindowLine {
  number: number;
  text: string;
  target: boolean;
}

export type TextWindow = { ok: true; page: number; lines: WindowLine[] } | { ok: false; message: string };

export function textWindow(file: string, bytes: Uint8Array, line: number, radius = 7): TextWindow {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { ok: false, message: decoded.error.message };
  const all = decoded.text.replace(/\r\n?/g, '\n').split('\n');
  if (line < 1 || line > all.length) return { ok: false, message: `${file} 只有 ${all.length} 行，没有第 ${line} 行` };
  let page = 1;
  for (let index = 0; index < line; index++) page += (all[index]!.match(/\f/g) ?? []).length;
  const from = Math.max(1, line - radius);
  const to = Math.min(all.length, line + radius);
  const lines: WindowLine[] = [];
  for (let number = from; number <= to; number++) lines.push({ number, text: all[number - 1]!.replace(/\f/g, ''), target: number === line });
  return { ok: true, page, lines };
}
