import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import type { Dataset } from './rows';

const empty: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [] };

describe('toCsv', () => {
  it('writes exact 万元 amounts, blanks for not stated, and quotes only what needs it', () => {
    const dataset: Dataset = {
      ...empty,
      lines: [
        { unit_id: 'u', year: 2023, basis: 'stated', table: 't1', classification: 'income', code: 'general_budget', name: '1.一般公共预算拨款', level: 1, measure: 'total', amount: 362_290_000, source_line: 's.txt:115', doc_id: 'd1' },
        { unit_id: 'u', year: 2023, basis: 'stated', table: 't2', classification: 'function', code: null, name: 'a,"b"', level: 0, measure: 'total', amount: 212_095_000, source_line: 's.txt:9', doc_id: 'd1' }
      ]
    };
    expect(toCsv('lines', dataset)).toBe(
      'unit_id,year,basis,table,classification,code,name,level,measure,amount,source_line,doc_id\n' +
        'u,2023,stated,t1,income,general_budget,1.一般公共预算拨款,1,total,362.29,s.txt:115,d1\n' +
        'u,2023,stated,t2,function,,"a,""b""",0,total,212.095,s.txt:9,d1\n'
    );
  });
});
