/**
 * Tests only: read what the export writes with an independent reader (Python's zipfile, which
 * checks every CRC), never with our own code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ZipEntryRead {
  name: string;
  /** General-purpose flags as stored (bit 11: names are UTF-8). */
  flags: number;
  /** Host the entry says it was made on (3: Unix). */
  system: number;
  compression: number;
  date_time: number[];
  base64: string;
}

const READ_ZIP = `
import base64, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    bad = archive.testzip()
    if bad is not None:
        sys.exit('bad CRC: ' + bad)
    print(json.dumps([{'name': i.filename, 'flags': i.flag_bits, 'system': i.create_system, 'compression': i.compress_type, 'date_time': list(i.date_time),
                       'base64': base64.b64encode(archive.read(i)).decode()} for i in archive.infolist()]))
`;

function runPython<T>(script: string, bytes: Uint8Array, suffix: string): T {
  const dir = mkdtempSync(join(tmpdir(), 'bl-export-'));
  try {
    const path = join(dir, `file${suffix}`);
    writeFileSync(path, bytes);
    const result = spawnSync('python3', ['-c', script, path], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`python3 could not read ${suffix}: ${result.error?.message ?? result.stderr}`);
    return JSON.parse(result.stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const readZipWithPython = (bytes: Uint8Array): ZipEntryRead[] => runPython(READ_ZIP, bytes, '.zip');
