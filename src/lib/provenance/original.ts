/**
 * The original file a figure was printed in, in the browser: an imported document's own bytes from
 * IndexedDB (import/store.ts, keyed by the document's SHA-256), else the copy ingest put in the
 * dataset (data/originals.json → data/source-<doc>-<n>.<ext>). Never fetched from anywhere else.
 */
import { storedFiles } from '../import/store';

export type Original = { ok: true; bytes: Uint8Array; from: 'imported' | 'dataset' } | { ok: false; message: string };

type Manifest = Record<string, { file: string; path: string }[]>;
let manifest: Promise<Manifest | null> | null = null;

export async function loadOriginal(base: string, docId: string, sha256: string, file: string): Promise<Original> {
  const imported = await storedFiles(sha256).catch(() => null);
  const part = imported?.find((candidate) => candidate.name === file);
  if (part) return { ok: true, bytes: part.bytes, from: 'imported' };
  manifest ??= fetch(`${base}/data/originals.json`).then((response) => (response.ok ? (response.json() as Promise<Manifest>) : null), () => null);
  const entry = (await manifest)?.[docId]?.find((candidate) => candidate.file === file);
  if (!entry) return { ok: false, message: `数据集中没有 ${file} 的原文件（用较早版本生成的数据集不带原文件：请重新运行 npm run ingest）` };
  try {
    const response = await fetch(`${base}/data/${encodeURIComponent(entry.path)}`);
    if (!response.ok) return { ok: false, message: `无法读取原文件 ${file}（HTTP ${response.status}）` };
    return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()), from: 'dataset' };
  } catch {
    return { ok: false, message: `无法读取原文件 ${file}（网络错误）` };
  }
}
