/**
 * Lines → one normalised character stream that remembers, for every character, the line it
 * came from. Wrapped sentences ("减少 2.41" / "万元") and letter-spaced justified lines
 * ("江 苏 省 人 民") read as continuous text: whitespace is dropped except between two digits,
 * so two numbers never merge. ASCII punctuation that the documents mix in becomes full-width,
 * except a comma inside a number (21,940.96).
 */
import type { Line } from '../../extract/types';
import type { SourceRef } from '../../model/source';

export interface Stream {
  text: string;
  /** For each character of `text`, the index of its line in `lines`. */
  lineIndex: number[];
  lines: Line[];
}

const PUNCT: Record<string, string> = {
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '％': '%',
  '„': '〔',
  '‟': '〕',
  '．': '.'
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function buildStream(lines: Line[]): Stream {
  const raw: { c: string; i: number }[] = [];
  lines.forEach((line, i) => {
    if (raw.length > 0) raw.push({ c: ' ', i });
    for (const c of line.text) raw.push({ c, i });
  });
  let text = '';
  const lineIndex: number[] = [];
  for (let k = 0; k < raw.length; k++) {
    const { c, i } = raw[k]!;
    if (/\s/.test(c)) {
      // Keep one space only between two digits (two numbers must not merge).
      let next = k + 1;
      while (next < raw.length && /\s/.test(raw[next]!.c)) next++;
      if (isDigit(text[text.length - 1]) && isDigit(raw[next]?.c)) {
        text += ' ';
        lineIndex.push(raw[next]!.i);
      }
      k = next - 1;
      continue;
    }
    let out = PUNCT[c] ?? c;
    if (c === ',') {
      const next = raw[k + 1]?.c;
      out = isDigit(text[text.length - 1]) && isDigit(next) ? ',' : '，';
    }
    text += out;
    lineIndex.push(i);
  }
  return { text, lineIndex, lines };
}

/** Normalise one short piece of text the same way (titles, names). */
export function normaliseSpan(text: string): string {
  return buildStream([{ page: 1, line: 1, text, cells: [], positioned: false }]).text;
}

export function sourceAt(stream: Stream, offset: number, file: string): SourceRef {
  const index = stream.lineIndex[Math.min(Math.max(offset, 0), stream.lineIndex.length - 1)] ?? 0;
  const line = stream.lines[index]!;
  return { file, page: line.page, line: line.line, text: line.text };
}
