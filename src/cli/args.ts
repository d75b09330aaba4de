/** Command-line arguments of `npm run ingest`: [--out DIR] [--join A B …] [FILE …]. */
export interface IngestArgs {
  outDir: string;
  /** Each entry is one document: one file, or the parts of a document published as several files. */
  groups: string[][];
  quiet: boolean;
}

export type ParsedArgs = { ok: true; args: IngestArgs } | { ok: false; message: string };

export function parseIngestArgs(argv: string[]): ParsedArgs {
  let outDir = 'data';
  let quiet = false;
  const singles: string[] = [];
  const groups: string[][] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--out') {
      const value = argv[++index];
      if (!value) return { ok: false, message: '参数错误：--out 之后需要给出输出目录' };
      outDir = value;
    } else if (arg === '--join') {
      // Exactly two parts (narrative, then tables), as disclosures published in two files come.
      const parts = argv.slice(index + 1, index + 3);
      if (parts.length < 2 || parts.some((part) => part.startsWith('--'))) {
        return { ok: false, message: '参数错误：--join 之后需要给出同一文件的两个部分（说明在前，表格在后）' };
      }
      groups.push(parts);
      index += 2;
    } else if (arg === '--quiet') {
      quiet = true;
    } else if (arg.startsWith('--')) {
      return { ok: false, message: `参数错误：不认识的选项 ${arg}（可用：--out DIR、--join A B、--quiet）` };
    } else {
      singles.push(arg);
    }
  }
  groups.push(...groupParts(singles));
  return { ok: true, args: { outDir, groups, quiet } };
}

/**
 * Files named like `x_part1_….pdf` and `x_part2_….pdf` are one document published in parts
 * (narrative, then tables): they are joined in part order.
 */
export function groupParts(files: string[]): string[][] {
  const byStem = new Map<string, { part: number; file: string }[]>();
  const groups: string[][] = [];
  for (const file of files) {
    const match = /^(.*?)[_-]part(\d+)(?!\d)/i.exec(file);
    if (!match) {
      groups.push([file]);
      continue;
    }
    const stem = match[1]!;
    const parts = byStem.get(stem) ?? [];
    parts.push({ part: Number(match[2]), file });
    byStem.set(stem, parts);
  }
  for (const parts of byStem.values()) groups.push(parts.sort((a, b) => a.part - b.part).map((entry) => entry.file));
  return groups;
}
