/**
 * Writing the dataset folder all or nothing: every file goes into a temporary folder beside the
 * target (same parent, so the same file system), and only when all are written and synced does
 * it take the target's place (old → backup, new → target, backup removed). A run that fails or is
 * killed before that leaves the previous dataset as it was; one killed between the two renames
 * leaves the backup, which the next run puts back (recoverInterrupted) before anything else.
 * Files in the target that ingest does not write (data/README.md) are carried over.
 * CSV rows are streamed to the file rather than built into one string.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { browserFiles } from '../lib/load/parts-write';
import { PARTS_INDEX, WHOLE_TABLES } from '../lib/load/parts';
import { csvFileHead, csvRow } from '../lib/normalise/csv';
import { COLUMNS, type Dataset } from '../lib/normalise/rows';

const TABLES = Object.keys(COLUMNS) as (keyof Dataset)[];
/** Which original file each document was read from: doc_id → [{ file (as source_line names it), path (in the dataset) }]. */
export const ORIGINALS_MANIFEST = 'originals.json';
/** The files ingest writes; everything else in the folder is the user's and is kept. */
export const DATASET_FILES: ReadonlySet<string> = new Set([
  ...TABLES.map((name) => `${name}.csv`),
  ...[...WHOLE_TABLES, 'lines'].map((name) => `${name}.arrows`),
  ORIGINALS_MANIFEST,
  PARTS_INDEX
]);
/** Files an older ingest wrote (every table whole as .arrows): replaced, never carried over as the user's. */
const OLDER_DATASET_FILE = new RegExp(`^(?:${TABLES.join('|')})\\.arrows$`);
/** A copy of an ingested file (provenance: the app shows the page a figure is printed on, offline); a partition's browser file. */
const ORIGINAL_FILE = /^source-[0-9a-f]{12}-\d+\.(?:pdf|txt)$/;
const PART_FILE = /^part-[a-z_]+-[0-9a-f]{16}\.arrows$/;
/** The lake (issue 13) lives in the dataset folder by default: ingest's own folder, moved along when the dataset is replaced. */
export const LAKE_FOLDER = 'lake';

/** An ingested file to copy into the dataset: part `part` (1-based) of document `docId`. */
export interface Original {
  docId: string;
  part: number;
  /** The file's base name, as source_line and units.source_file name it. */
  name: string;
  path: string;
}

export function originalFileName(original: Pick<Original, 'docId' | 'part' | 'name'>): string {
  return `source-${original.docId}-${original.part}${/\.pdf$/i.test(original.name) ? '.pdf' : '.txt'}`;
}

function isWrittenByIngest(name: string): boolean {
  return DATASET_FILES.has(name) || OLDER_DATASET_FILE.test(name) || ORIGINAL_FILE.test(name) || PART_FILE.test(name);
}

const TEMP_MARK = '.tmp-';
const BACKUP_MARK = '.old-';

export function writeDataset(outDir: string, dataset: Dataset, originals: readonly Original[] = []): void {
  const staged = stageDataset(outDir);
  try {
    for (const [index, name] of TABLES.entries()) {
      writeCsvFile(join(staged.temp, `${name}.csv`), name, dataset);
      if (index === 0) testDieWhileWriting();
    }
    for (const [name, bytes] of browserFiles(dataset)) writeSynced(join(staged.temp, name), bytes);
    writeOriginals(staged.temp, originals);
    staged.commit();
  } catch (error) {
    staged.abort();
    throw error;
  }
}

/** A dataset folder being written: files go into `temp`; commit() puts it in the target's place. */
export interface StagedDataset {
  temp: string;
  commit(): void;
  abort(): void;
}

/**
 * Starts writing a dataset folder: recovers what a killed run left, refuses a target holding
 * folders other than the lake, and makes the temporary folder (the user's own files carried over).
 */
export function stageDataset(outDir: string): StagedDataset {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  recoverInterrupted(target);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new Error(`输出位置 ${outDir} 已有同名文件，不是目录`);
  const leftovers = foreignFolders(target);
  if (leftovers.length > 0) {
    throw new Error(`输出目录 ${outDir} 中有子目录（${leftovers.slice(0, 3).join('、')}），整体替换会连带它们：请指定专用的输出目录`);
  }
  const temp = join(parent, `.${basename(target)}${TEMP_MARK}${process.pid}-${Date.now()}`);
  mkdirSync(temp);
  carryOver(target, temp);
  return {
    temp,
    commit: () => swapInto(temp, target),
    abort: () => rmSync(temp, { recursive: true, force: true })
  };
}

function writeCsvFile(path: string, name: keyof Dataset, dataset: Dataset): void {
  const writer = new CsvFileWriter(path, name);
  try {
    for (const row of dataset[name] as unknown as Record<string, unknown>[]) writer.write(row);
  } finally {
    writer.close();
  }
}

/** A dataset CSV written row by row in chunks of about a megabyte: a large dataset never becomes one string. */
class CsvFileWriter {
  private readonly fd: number;
  private chunk: string;
  constructor(path: string, private readonly name: keyof Dataset) {
    this.fd = openSync(path, 'w');
    this.chunk = csvFileHead(name);
  }
  write(row: Record<string, unknown>): void {
    this.chunk += csvRow(this.name, row) + '\n';
    if (this.chunk.length >= 1 << 20) this.flush();
  }
  close(): void {
    try {
      this.flush();
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
    }
  }
  private flush(): void {
    writeSync(this.fd, this.chunk);
    this.chunk = '';
  }
}

/** The originals copied under stable names, and the manifest the app finds them by (sorted: same inputs, same bytes). */
export function writeOriginals(temp: string, originals: readonly Original[]): void {
  const manifest: Record<string, { file: string; path: string }[]> = {};
  const sorted = [...originals].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.part - b.part));
  for (const original of sorted) {
    const path = originalFileName(original);
    copyFileSync(original.path, join(temp, path));
    (manifest[original.docId] ??= []).push({ file: original.name, path });
  }
  writeSynced(join(temp, ORIGINALS_MANIFEST), new TextEncoder().encode(JSON.stringify(manifest, null, 1) + '\n'));
}

export function writeSynced(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function swapInto(temp: string, target: string): void {
  const backup = join(dirname(target), `.${basename(target)}${BACKUP_MARK}${process.pid}`);
  const hadTarget = existsSync(target);
  // The lake is updated in place by ingest (its own manifests keep it whole): it moves, never copies.
  const lakeMoved = hadTarget && existsSync(join(target, LAKE_FOLDER)) && !existsSync(join(temp, LAKE_FOLDER));
  if (lakeMoved) renameSync(join(target, LAKE_FOLDER), join(temp, LAKE_FOLDER));
  if (hadTarget) renameSync(target, backup);
  try {
    renameSync(temp, target);
  } catch (error) {
    if (hadTarget) renameSync(backup, target);
    if (lakeMoved) renameSync(join(temp, LAKE_FOLDER), join(target, LAKE_FOLDER));
    throw error;
  }
  if (hadTarget) rmSync(backup, { recursive: true, force: true });
}

/**
 * Puts back a dataset a killed run left as a backup (target missing, backup present), and
 * removes temporary folders of runs that are no longer alive.
 */
export function recoverInterrupted(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(target)}`;
  const backups: string[] = [];
  const deadTemps: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    if (rest.startsWith(BACKUP_MARK)) backups.push(name);
    else if (rest.startsWith(TEMP_MARK) && !alive(Number(rest.slice(TEMP_MARK.length).split('-')[0]))) deadTemps.push(name);
  }
  if (backups.length > 0) {
    backups.sort((a, b) => statSync(join(parent, b)).mtimeMs - statSync(join(parent, a)).mtimeMs);
    const [newest, ...older] = backups;
    if (!existsSync(target)) renameSync(join(parent, newest!), target);
    else if (!alive(Number(newest!.slice(prefix.length + BACKUP_MARK.length)))) rmSync(join(parent, newest!), { recursive: true, force: true });
    for (const name of older) rmSync(join(parent, name), { recursive: true, force: true });
  }
  for (const name of deadTemps) {
    // A run killed after moving the lake into its new folder: the lake goes back, never with the rest.
    const lake = join(parent, name, LAKE_FOLDER);
    if (existsSync(lake) && existsSync(target) && !existsSync(join(target, LAKE_FOLDER))) renameSync(lake, join(target, LAKE_FOLDER));
    rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function foreignFolders(target: string): string[] {
  if (!existsSync(target)) return [];
  return readdirSync(target, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== LAKE_FOLDER)
    .map((entry) => entry.name);
}

/** The user's own files in the target folder (e.g. data/README.md) move with the dataset. */
function carryOver(target: string, temp: string): void {
  if (!existsSync(target)) return;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.isFile() && !isWrittenByIngest(entry.name)) copyFileSync(join(target, entry.name), join(temp, entry.name));
  }
}

/** Tests only (BUDGET_LENS_TEST_FAULTS contains `die-while-writing`): die half-way through writing, as a killed run would. */
export function testDieWhileWriting(): void {
  if ((process.env.BUDGET_LENS_TEST_FAULTS ?? '').split(',').includes('die-while-writing')) process.kill(process.pid, 'SIGKILL');
}
