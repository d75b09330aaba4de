/**
 * Removing documents from the browser's database (an import deleted, the sample dataset hidden):
 * every table loses exactly those documents' rows, whatever their number, and documentIds lists
 * what is left. Run on DuckDB in Node over the test dataset (the same SQL duckdb-wasm runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from './dataset-dir';
import { documentIds, removeDocuments } from './imported';
import { openNodeDb, type NodeDb } from './node';
import { DATASET_TABLES } from './schema';
import type { BrowserDb } from './duckdb';

describe('removing documents', () => {
  let node: NodeDb;
  let db: BrowserDb;
  const released: string[] = [];

  beforeAll(async () => {
    node = await openNodeDb(datasetDir());
    db = { ...node, insertArrow: async () => {}, releaseDocs: (ids) => void released.push(...ids) };
  });
  afterAll(() => node?.close());

  /** Rows per table, leaving out the given documents: counted per document in SQL, summed here. */
  const rowsPerTable = async (leftOut: readonly string[]) =>
    Object.fromEntries(
      await Promise.all(
        DATASET_TABLES.map(async (table) => {
          const perDoc = await node.all(`SELECT doc_id, count(*)::INTEGER AS n FROM ${table} GROUP BY doc_id`, []);
          return [table, perDoc.filter((row) => !leftOut.includes(String(row.doc_id))).reduce((sum, row) => sum + Number(row.n), 0)];
        })
      )
    );

  it('lists the documents, removes exactly the given ones from every table, and lists the rest', async () => {
    const all = await documentIds(db);
    const distinct = (await node.all('SELECT DISTINCT doc_id FROM units', [])).map((row) => String(row.doc_id));
    expect([...all].sort()).toEqual(distinct.sort());
    expect(all.size).toBeGreaterThan(4);
    const gone = [...all].sort().filter((_, index) => index % 2 === 0);
    const expected = await rowsPerTable(gone);
    await removeDocuments(db, gone);
    expect(await rowsPerTable([])).toEqual(expected);
    expect(expected.lines).toBeGreaterThan(0);
    expect([...(await documentIds(db))].sort()).toEqual([...all].sort().filter((id) => !gone.includes(id)));
    expect(released).toEqual(gone);
    // the setup tables are made again from what is left
    const [orphans] = await node.all('SELECT count(*)::INTEGER AS n FROM function_lines WHERE doc_id NOT IN (SELECT doc_id FROM units)', []);
    expect(orphans!.n).toBe(0);
  });

  it('says an empty database holds no documents', async () => {
    await removeDocuments(db, [...(await documentIds(db))]);
    expect((await documentIds(db)).size).toBe(0);
  });
});
