/**
 * Tests only: read what the export writes with an independent reader (Python's zipfile, which
 * checks every CRC, its XML parser and its csv module), never with our own code.
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

export interface CellRead {
  ref: string;
  /** The t attribute (absent: a number). */
  type: string | null;
  style: number;
  /** <v> of a number or boolean, the text of an inline string. */
  value: string | null;
  formula: boolean;
}

export interface SheetRead {
  name: string;
  frozen: { ySplit: string | null; state: string | null } | null;
  widths: number[];
  cells: CellRead[];
}

export interface XlsxRead {
  contentTypes: string[];
  sheets: SheetRead[];
  /** quotePrefix of each cell style (cellXfs), in order. */
  quotePrefix: boolean[];
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

const READ_XLSX = `
import json, sys, zipfile
import xml.etree.ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
P = '{http://schemas.openxmlformats.org/package/2006/relationships}'
C = '{http://schemas.openxmlformats.org/package/2006/content-types}'
with zipfile.ZipFile(sys.argv[1]) as archive:
    xml = lambda name: ET.fromstring(archive.read(name))
    types = [o.get('PartName') + ' ' + o.get('ContentType') for o in xml('[Content_Types].xml').iter(C + 'Override')]
    root_rel = [r.get('Target') for r in xml('_rels/.rels').iter(P + 'Relationship')]
    assert root_rel == ['xl/workbook.xml'], root_rel
    targets = {r.get('Id'): r.get('Target') for r in xml('xl/_rels/workbook.xml.rels').iter(P + 'Relationship')}
    sheets = []
    for sheet in xml('xl/workbook.xml').iter(M + 'sheet'):
        part = xml('xl/' + targets[sheet.get(R + 'id')])
        pane = part.find(f'{M}sheetViews/{M}sheetView/{M}pane')
        cells = []
        for c in part.iter(M + 'c'):
            v = c.find(M + 'v')
            t = c.find(f'{M}is/{M}t')
            cells.append({'ref': c.get('r'), 'type': c.get('t'), 'style': int(c.get('s', '0')),
                          'value': v.text if v is not None else (t.text or '') if t is not None else None,
                          'formula': c.find(M + 'f') is not None})
        sheets.append({'name': sheet.get('name'), 'cells': cells,
                       'frozen': None if pane is None else {'ySplit': pane.get('ySplit'), 'state': pane.get('state')},
                       'widths': [float(col.get('width')) for col in part.iter(M + 'col')]})
    xfs = xml('xl/styles.xml').find(M + 'cellXfs')
    print(json.dumps({'contentTypes': types, 'sheets': sheets, 'quotePrefix': [x.get('quotePrefix') == '1' for x in xfs]}))
`;

const READ_CSV = `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as file:
    print(json.dumps(list(csv.reader(file))))
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
export const readXlsxWithPython = (bytes: Uint8Array): XlsxRead => runPython(READ_XLSX, bytes, '.xlsx');
export const readCsvWithPython = (text: string): string[][] => runPython(READ_CSV, new TextEncoder().encode(text), '.csv');
