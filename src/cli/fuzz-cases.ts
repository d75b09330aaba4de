/**
 * The fuzz harness's cases (npm run fuzz; a small set runs in npm test): mutations of the seeds
 * and of every corpus text, and hostile PDFs made in memory. Everything is drawn from a seeded
 * generator, so a (count, seed) pair always gives the same cases and a finding can be replayed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { makePdf } from '../lib/extract/pdf/fixtures';
import { concatBytes } from '../lib/model/arrays';
import { mulberry32 } from './random';

export interface Base {
  /** The file name the mutants keep, so their rows compare with the base's row for row. */
  name: string;
  path: string;
  text: string;
}

/** What a case expects of the output, compared with its base's. */
export type Expectation =
  /** One figure was changed: a changed row needs a changed finding (else: a silent change). */
  | 'figure'
  /** Nothing a reader sees changed (line ends, BOM, encoding): the rows must be the same. */
  | 'same'
  /** Anything may change; only crashes, hangs and unnamed refusals count. */
  | 'any';

export interface FuzzCase {
  /** `base#index:kind`, unique within a run. */
  label: string;
  kind: string;
  /** The base the output is compared with (null: hostile PDFs, compared with nothing). */
  base: string | null;
  name: string;
  bytes: Uint8Array;
  expect: Expectation;
  /** For figure changes: where and what (for the report). */
  change?: { line: number; before: string; after: string };
}

const ROOT = join(import.meta.dirname, '..', '..');
const TEXT_SOURCES = ['seeds', 'tests/corpus/text', 'tests/corpus/reading-order', 'tests/corpus/copied'];

/** The seeds and every corpus text (the three text forms of each corpus PDF). */
export function loadBases(root = ROOT): Base[] {
  const bases: Base[] = [];
  for (const folder of TEXT_SOURCES) {
    for (const name of readdirSync(join(root, folder)).filter((file) => file.endsWith('.txt')).sort()) {
      const path = join(root, folder, name);
      // The same corpus document comes in three text forms: keep the base names apart.
      const prefix = folder === 'seeds' ? '' : `${basename(folder)}-`;
      bases.push({ name: `${prefix}${name}`, path, text: readFileSync(path, 'utf8') });
    }
  }
  return bases;
}


type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const encoder = new TextEncoder();

interface Mutant {
  text?: string;
  bytes?: Uint8Array;
  expect: Expectation;
  change?: FuzzCase['change'];
}

type Mutation = (lines: string[], random: Random, base: Base) => Mutant | null;

/** A figure as tables print it: digits with optional thousands separators and two or more decimals. */
const FIGURE = /\d[\d,]*\.\d{2,}/g;

/** Changes one character of one figure; null when the text has no figure. */
function figureChange(edit: (figure: string, random: Random) => string): Mutation {
  return (lines, random) => {
    const candidates: number[] = [];
    for (let index = 0; index < lines.length; index++) if (FIGURE.test(lines[index]!)) candidates.push(index);
    FIGURE.lastIndex = 0;
    if (candidates.length === 0) return null;
    const at = pick(random, candidates);
    const line = lines[at]!;
    const figures = [...line.matchAll(FIGURE)];
    const figure = pick(random, figures);
    const after = edit(figure[0], random);
    if (after === figure[0]) return null;
    const out = [...lines];
    out[at] = line.slice(0, figure.index) + after + line.slice(figure.index! + figure[0].length);
    return { text: out.join('\n'), expect: 'figure', change: { line: at + 1, before: figure[0], after } };
  };
}

function digitPositions(figure: string): number[] {
  const positions: number[] = [];
  for (let index = 0; index < figure.length; index++) if (/\d/.test(figure[index]!)) positions.push(index);
  return positions;
}

const replaceAt = (text: string, at: number, by: string) => text.slice(0, at) + by + text.slice(at + 1);
const OCR_LETTERS: Record<string, string[]> = { '0': ['O', 'o', 'D'], '1': ['l', 'I', '|'], '5': ['S'], '8': ['B'], '2': ['Z'], '6': ['b'] };

export const MUTATIONS: Record<string, { weight: number; mutate: Mutation }> = {
  // One figure changed: the checks should notice, or the table should say it is uncertain.
  'digit': {
    weight: 14,
    mutate: figureChange((figure, random) => {
      const at = pick(random, digitPositions(figure));
      const digit = String((Number(figure[at]) + 1 + Math.floor(random() * 9)) % 10);
      return replaceAt(figure, at, digit);
    })
  },
  'digit-dropped': { weight: 3, mutate: figureChange((figure, random) => replaceAt(figure, pick(random, digitPositions(figure)), '')) },
  'digit-added': { weight: 3, mutate: figureChange((figure, random) => replaceAt(figure, 0, `${Math.floor(random() * 9) + 1}${figure[0]}`)) },
  'leading-zero': { weight: 2, mutate: figureChange((figure) => replaceAt(figure, 0, '0')) },
  'ocr-letter': {
    weight: 6,
    mutate: figureChange((figure, random) => {
      const positions = digitPositions(figure).filter((at) => OCR_LETTERS[figure[at]!]);
      if (positions.length === 0) return figure;
      const at = pick(random, positions);
      return replaceAt(figure, at, pick(random, OCR_LETTERS[figure[at]!]!));
    })
  },
  'full-width-digit': {
    weight: 3,
    mutate: figureChange((figure, random) => {
      const at = pick(random, digitPositions(figure));
      return replaceAt(figure, at, String.fromCharCode(0xff10 + Number(figure[at])));
    })
  },
  'decimal-point': { weight: 2, mutate: figureChange((figure, random) => figure.replace('.', random() < 0.5 ? ',' : '。')) },
  // The shape of the document changed.
  'delete-line': { weight: 6, mutate: (lines, random) => ({ text: spliced(lines, Math.floor(random() * lines.length), 1).join('\n'), expect: 'any' }) },
  'duplicate-line': {
    weight: 5,
    mutate: (lines, random) => {
      const at = Math.floor(random() * lines.length);
      return { text: spliced(lines, at, 0, lines[at]!).join('\n'), expect: 'any' };
    }
  },
  'swap-lines': {
    weight: 5,
    mutate: (lines, random) => {
      const out = [...lines];
      const a = Math.floor(random() * out.length);
      const b = Math.min(out.length - 1, a + 1 + Math.floor(random() * 5));
      [out[a], out[b]] = [out[b]!, out[a]!];
      return { text: out.join('\n'), expect: 'any' };
    }
  },
  'delete-block': {
    weight: 3,
    mutate: (lines, random) => ({ text: spliced(lines, Math.floor(random() * lines.length), 5 + Math.floor(random() * 40)).join('\n'), expect: 'any' })
  },
  'truncate': { weight: 4, mutate: (lines, random) => ({ text: lines.join('\n').slice(0, Math.floor(random() * lines.join('\n').length)), expect: 'any' }) },
  'several': {
    weight: 6,
    mutate: (lines, random, base) => {
      let text = lines;
      for (let step = 0, steps = 2 + Math.floor(random() * 6); step < steps; step++) {
        const kind = pick(random, ['delete-line', 'duplicate-line', 'swap-lines', 'digit', 'ocr-letter']);
        const mutant = MUTATIONS[kind]!.mutate(text, random, base);
        if (mutant?.text !== undefined) text = mutant.text.split('\n');
      }
      return { text: text.join('\n'), expect: 'any' };
    }
  },
  // Nothing a reader sees changed: the rows must not change either.
  'crlf': { weight: 2, mutate: (lines) => ({ text: lines.join('\r\n'), expect: 'same' }) },
  'bom': { weight: 1, mutate: (lines) => ({ bytes: concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), encoder.encode(lines.join('\n'))), expect: 'same' }) },
  'gbk': { weight: 3, mutate: (lines) => ({ bytes: encodeGbk(lines.join('\n')), expect: 'same' }) },
  // Damage and sheer size.
  'huge-line': {
    weight: 1,
    mutate: (lines, random) => ({ text: spliced(lines, Math.floor(random() * lines.length), 0, digits(random, 160_000)).join('\n'), expect: 'any' })
  },
  'long-unit-name': {
    weight: 1,
    mutate: (lines, random, base) => {
      const name = '乌鲁木齐县人民政府办公室'.repeat(Math.ceil(10_000 / 12)).slice(0, 10_000);
      const at = lines.findIndex((line) => /单位名称|预算单位|部门名称|主管部门/.test(line));
      const out = [...lines];
      if (at >= 0) out[at] = `${out[at]!.replace(/[:：].*$/, '')}：${name}`;
      else out.splice(Math.floor(random() * out.length), 0, `单位名称：${name}`);
      return { text: out.join('\n'), expect: 'any', change: { line: at + 1, before: base.name, after: `${name.length} 字的单位名称` } };
    }
  },
  'nul-bytes': {
    weight: 2,
    mutate: (lines, random) => {
      const bytes = encoder.encode(lines.join('\n'));
      for (let count = 0; count < 1 + Math.floor(random() * 8); count++) bytes[Math.floor(random() * bytes.length)] = 0;
      return { bytes, expect: 'any' };
    }
  },
  'random-bytes': {
    weight: 2,
    mutate: (lines, random) => {
      const bytes = encoder.encode(lines.join('\n'));
      for (let count = 0; count < 1 + Math.floor(random() * 30); count++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      return { bytes, expect: 'any' };
    }
  },
  'many-lines': {
    weight: 1,
    mutate: (lines) => {
      const out: string[] = [];
      while (out.length < 100_000) for (const line of lines) out.push(line);
      return { text: out.join('\n'), expect: 'any' };
    }
  }
};

export const MUTATION_KINDS = Object.keys(MUTATIONS);

function spliced(lines: readonly string[], at: number, remove: number, ...insert: string[]): string[] {
  const out = [...lines];
  out.splice(at, remove, ...insert);
  return out;
}

function digits(random: Random, count: number): string {
  let out = '';
  for (let index = 0; index < count; index++) out += String(Math.floor(random() * 10));
  return out;
}


let gbkTable: Map<string, [number, number]> | null = null;

/** Node has no GBK encoder: build one from the decoder over the two-byte range (once, ~24k characters). */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const pair = code < 0x80 ? null : gbkTable.get(char);
    if (code < 0x80) bytes.push(code);
    else if (pair) bytes.push(pair[0], pair[1]);
    else bytes.push(0x3f); // not in GBK: "?", as a lossy converter would write it
  }
  return new Uint8Array(bytes);
}

/**
 * `count` mutants of the bases, drawn from `seed`: a mutation kind by weight, then a base, then
 * where. Made one at a time (a generator), so a large run never holds every mutant at once.
 */
export function* textCases(bases: readonly Base[], count: number, seed: number, kinds = MUTATION_KINDS): Generator<FuzzCase> {
  const random = mulberry32(seed);
  const table = kinds.flatMap((kind) => Array<string>(MUTATIONS[kind]!.weight).fill(kind));
  const linesOf = new Map(bases.map((base) => [base.name, base.text.split('\n')]));
  let made = 0;
  for (let attempt = 0; made < count && attempt < count * 20; attempt++) {
    const kind = pick(random, table);
    const base = pick(random, bases);
    const mutant = MUTATIONS[kind]!.mutate(linesOf.get(base.name)!, random, base);
    if (!mutant) continue;
    made++;
    yield {
      label: `${base.name}#${made}:${kind}`,
      kind,
      base: base.name,
      name: base.name,
      bytes: mutant.bytes ?? encoder.encode(mutant.text ?? ''),
      expect: mutant.expect,
      ...(mutant.change ? { change: mutant.change } : {})
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile PDFs, written object by object.

/** A PDF from its objects (object n is objects[n-1]); `xref: false` writes a wrong cross-reference table. */
function pdfOf(objects: (string | Uint8Array)[], options: { xref?: 'good' | 'wrong' | 'none' } = {}): Uint8Array {
  const chunks: Uint8Array[] = [encoder.encode('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, index) => {
    const chunk = concatBytes(encoder.encode(`${index + 1} 0 obj\n`), typeof body === 'string' ? encoder.encode(body) : body, encoder.encode('\nendobj\n'));
    offsets.push(length);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = options.xref ?? 'good';
  const table =
    xref === 'none'
      ? ''
      : ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset, index) => `${String(xref === 'wrong' ? offset * 7 + index * 13 : offset).padStart(10, '0')} 00000 n `)].join('\n') + '\n';
  chunks.push(encoder.encode(`${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref === 'wrong' ? length * 3 : length}\n%%EOF\n`));
  return concatBytes(...chunks);
}

function stream(dict: string, data: Uint8Array): Uint8Array {
  return concatBytes(encoder.encode(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, encoder.encode('\nendstream'));
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const page = (contents: number, font: number) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`;

/**
 * A content stream that inflates to `megabytes` MB of text operators and blanks, in about 1 KB per
 * MB: one megabyte deflated on its own (a full flush makes the block self-contained and
 * byte-aligned) and repeated, then a final empty block. Written without ever holding the
 * inflated bytes; the Adler-32 trailer is left zero (pdfjs does not check it).
 */
function deflateBomb(megabytes: number): Uint8Array {
  const unit = Buffer.alloc(1 << 20, 0x20);
  unit.write('BT /F1 12 Tf 72 720 Td (1) Tj ET ');
  const block = deflateRawSync(unit, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const data = concatBytes(new Uint8Array([0x78, 0xda]), ...Array<Uint8Array>(megabytes).fill(block), new Uint8Array([0x03, 0x00, 0, 0, 0, 0]));
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(4, 5), stream('/Filter /FlateDecode', data), FONT]);
}

/** `count` pages, each with one line of text. */
function manyPages(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, index) => `${index + 5} 0 R`).join(' ');
  const objects: (string | Uint8Array)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    stream('', encoder.encode('BT /F1 12 Tf 72 720 Td (2023 1,234.56 789.00) Tj ET')),
    FONT
  ];
  for (let index = 0; index < count; index++) objects.push(page(3, 4));
  return pdfOf(objects);
}

/** One page with `count` text runs: a glyph flood. */
function glyphFlood(count: number): Uint8Array {
  const parts: string[] = ['BT /F1 6 Tf'];
  for (let index = 0; index < count; index++) parts.push(`1 0 0 1 ${(index * 7) % 560} ${800 - ((index * 3) % 790)} Tm (${index % 1000}.${index % 100}) Tj`);
  parts.push('ET');
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(4, 5), stream('', encoder.encode(parts.join('\n'))), FONT]);
}

export interface HostilePdfOptions {
  /** Inflated size of the deflate bomb, MB. */
  bombMb: number;
  /** Pages of the huge-page-count PDF. */
  pages: number;
  /** Text runs of the glyph flood. */
  glyphs: number;
}

export const LARGE_HOSTILE: HostilePdfOptions = { bombMb: 3_000, pages: 100_000, glyphs: 1_000_000 };
export const SMALL_HOSTILE: HostilePdfOptions = { bombMb: 16, pages: 3_000, glyphs: 20_000 };

/** The hostile PDFs by name, each made only when called (a bomb is not built before its turn). */
export function hostileMakers(options: HostilePdfOptions): [string, () => Uint8Array][] {
  const text = { texts: [{ text: '2023 Budget 1,234.56', x: 72, y: 720 }] };
  const deep = `<< /Type /Catalog /Pages 2 0 R /Deep ${'['.repeat(100_000)}${']'.repeat(100_000)} >>`;
  return [
    [`deflate-bomb-${options.bombMb}MB`, () => deflateBomb(options.bombMb)],
    [`pages-${options.pages}`, () => manyPages(options.pages)],
    [`glyphs-${options.glyphs}`, () => glyphFlood(options.glyphs)],
    ['broken-xref', () => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(4, 5), stream('', encoder.encode('BT /F1 12 Tf 72 720 Td (1,234.56) Tj ET')), FONT], { xref: 'wrong' })],
    ['no-xref', () => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(4, 5), stream('', encoder.encode('BT /F1 12 Tf 72 720 Td (1,234.56) Tj ET')), FONT], { xref: 'none' })],
    ['page-tree-cycle', () => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', page(4, 5), stream('', encoder.encode('BT /F1 12 Tf 72 720 Td (1) Tj ET')), FONT])],
    ['deep-nesting', () => pdfOf([deep, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(4, 5), stream('', encoder.encode('BT /F1 12 Tf 72 720 Td (1) Tj ET')), FONT])],
    ['wrong-length', () => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(4, 5), concatBytes(encoder.encode('<< /Length 999999999 >>\nstream\nBT /F1 12 Tf 72 720 Td (1) Tj ET\nendstream')), FONT])],
    ['encrypted', () => makePdf({ ...text, encrypt: { user: 'secret', owner: 'owner' } })],
    ['image-only', () => makePdf({ image: true })],
    ['truncated', () => makePdf(text).subarray(0, 300)],
    ['header-only', () => encoder.encode('%PDF-1.7\n%%EOF\n')]
  ];
}

/** Hostile PDFs, plus corpus PDFs with random damage (the corpus PDFs read from tests/corpus/pdf); each made when its turn comes. */
export function* pdfCases(options: HostilePdfOptions, seed: number, damaged: number, root = ROOT): Generator<FuzzCase> {
  const hostile = hostileMakers(options);
  for (const [index, [kind, make]] of hostile.entries()) {
    yield { label: `hostile-${kind}.pdf#${index + 1}:${kind}`, kind: `pdf:${kind.replace(/-\d+(MB)?$/, '')}`, base: null, name: `hostile-${kind}.pdf`, bytes: make(), expect: 'any' };
  }
  const random = mulberry32(seed ^ 0x5eed);
  const folder = join(root, 'tests', 'corpus', 'pdf');
  const pdfs = readdirSync(folder).filter((name) => name.endsWith('.pdf')).sort();
  for (let index = 0; index < damaged && pdfs.length > 0; index++) {
    const name = pick(random, pdfs);
    const bytes = new Uint8Array(readFileSync(join(folder, name)));
    for (let count = 0; count < 1 + Math.floor(random() * 20); count++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    yield { label: `${name}#${hostile.length + index + 1}:pdf:damaged`, kind: 'pdf:damaged', base: null, name, bytes, expect: 'any' };
  }
}
