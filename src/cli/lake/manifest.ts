/**
 * The lake's manifest: one JSON file per batch, naming the documents it holds (by the SHA-256 of
 * their files' bytes), the parser version that read them and the files they came from (path,
 * size, mtime: a rerun trusts an unchanged file's hash without reading it). A batch exists once
 * its manifest does (written last, by rename); Parquet files of a batch without one are leftovers
 * of a killed run. A batch rewritten without some documents names the batch it replaces, so a
 * run killed between writing the new and removing the old never counts a document twice.
 * Shards combine by copying folders: batch ids are hashes of their documents, so they never clash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_DIR } from './layout';

export const MANIFEST_VERSION = 1;

export interface SourceFile {
  /** Base name, as the dataset's source_file and source_line name it. */
  name: string;
  /** Absolute path it was read from. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface ManifestDoc {
  /** SHA-256 of the document's files' bytes in order (its source_sha256). */
  sha256: string;
  doc_id: string;
  /** The file or files as given, for messages. */
  label: string;
  files: SourceFile[];
}

export interface BatchManifest {
  version: typeof MANIFEST_VERSION;
  /** parserVersion() of the run that wrote it. */
  parser: string;
  batch: string;
  docs: ManifestDoc[];
  /** The batch this one was rewritten from (documents removed), if any. */
  replaces: string | null;
}

/** A batch's id: the hash of its documents' hashes, so the same documents give the same files. */
export function batchId(shas: readonly string[]): string {
  return createHash('sha256').update([...shas].sort().join('\n')).digest('hex').slice(0, 16);
}

/** Which of n shards a document belongs to (by content, so copies of one file meet in one shard). */
export function shardOf(sha256: string, shards: number): number {
  return Number.parseInt(sha256.slice(0, 8), 16) % shards;
}

/** The live batches: every manifest, less those another one replaces. */
export function readManifests(lake: string): { live: BatchManifest[]; replaced: string[] } {
  const dir = join(lake, MANIFEST_DIR);
  if (!existsSync(dir)) return { live: [], replaced: [] };
  const all: BatchManifest[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/^batch-[0-9a-f]{16}\.json$/.test(name)) continue;
    const manifest = JSON.parse(readFileSync(join(dir, name), 'utf8')) as BatchManifest;
    if (manifest.version !== MANIFEST_VERSION) throw new Error(`${join(dir, name)}：清单版本 ${String(manifest.version)} 不受支持`);
    all.push(manifest);
  }
  const replaced = new Set(all.map((manifest) => manifest.replaces).filter((id): id is string => id !== null));
  return { live: all.filter((manifest) => !replaced.has(manifest.batch)), replaced: [...replaced] };
}

export function manifestPath(lake: string, batch: string): string {
  return join(lake, MANIFEST_DIR, `batch-${batch}.json`);
}

/** Written to a temporary name, then renamed: a manifest is whole or absent. */
export function writeManifest(lake: string, manifest: BatchManifest): void {
  mkdirSync(join(lake, MANIFEST_DIR), { recursive: true });
  const path = manifestPath(lake, manifest.batch);
  writeFileSync(`${path}.tmp`, JSON.stringify(manifest, null, 1) + '\n');
  renameSync(`${path}.tmp`, path);
}
