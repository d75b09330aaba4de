import { describe, expect, it } from 'vitest';
import { formatWanyuanExact } from '../../lib/model/amount';
import { AMOUNT_COLUMNS } from '../../lib/normalise/rows';
import { testInputFiles } from '../../../tests/setup/test-dataset';
import { groupParts } from '../args';
import { documentRows, ingestGroup } from '../document';
import { LAKE_TABLES, lakeColumns, partitionOf } from './layout';
import { lakeDocument } from './rows';

describe('lakeDocument', () => {
  it('writes each row as JSON.stringify writes its lake object, for every table of the seeds and the corpus', async () => {
    let rows = 0;
    for (const group of groupParts(testInputFiles())) {
      const result = await ingestGroup(group);
      if (!result.ok) continue;
      const document = documentRows(result.document);
      if ('ok' in document) continue;
      const { dataset } = document;
      const partition = partitionOf(dataset.units[0]!);
      const lake = lakeDocument(dataset);
      for (const table of LAKE_TABLES) {
        const expected = (dataset[table] as unknown as Record<string, unknown>[]).map((row, seq) => {
          const out: Record<string, unknown> = { seq };
          for (const column of lakeColumns(table)) {
            const value = row[column] ?? null;
            out[column] = AMOUNT_COLUMNS.has(column) && typeof value === 'number' ? formatWanyuanExact(value) : value;
          }
          return JSON.stringify({ ...out, ...partition }) + '\n';
        });
        rows += expected.length;
        expect(new TextDecoder().decode(lake.tables[table])).toBe(expected.join(''));
      }
    }
    expect(rows).toBeGreaterThan(3_000);
  }, 60_000);
});
