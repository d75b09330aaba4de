import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';
import type { Dataset } from './rows';

const empty: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] };

describe('toCsv', () => {
  it('writes exact 万元 amounts, blanks for not stated, and quotes only what needs it', () => {
    const dataset: Dataset = {
      ...empty,
      lines: [
        { unit_id: 'u', year: 2023, basis: 'stated', table: 't1', classification: 'income', code: 'general_budget', name: '1.一般公共预算拨款', level: 1, measure: 'total', amount: 362_290_000, source_line: 's.txt:115', doc_id: 'd1', page: 3, box: '56.7 120.5 98 131', certain: true },
        { unit_id: 'u', year: 2023, basis: 'stated', table: 't2', classification: 'function', code: null, name: 'a,"b"', level: 0, measure: 'total', amount: 212_095_000, source_line: 's.txt:9', doc_id: 'd1', page: null, box: null, certain: false }
      ]
    };
    expect(toCsv('lines', dataset)).toBe(
      '\uFEFFunit_id,year,basis,table,classification,code,name,level,measure,amount,source_line,doc_id,page,box,certain\n' +
        'u,2023,stated,t1,income,general_budget,1.一般公共预算拨款,1,total,362.29,s.txt:115,d1,3,56.7 120.5 98 131,true\n' +
        'u,2023,stated,t2,function,,"a,""b""",0,total,212.095,s.txt:9,d1,,,false\n'
    );
  });

  it('neutralises text cells a spreadsheet would run as a formula, never an amount', () => {
    const dataset: Dataset = {
      ...empty,
      lines: [
        { unit_id: 'u', year: 2023, basis: 'stated', table: 't2', classification: 'function', code: '@x', name: '=1+1', level: 0, measure: 'total', amount: -3_000_000, source_line: '-s.txt:9', doc_id: 'd1', page: null, box: null, certain: true }
      ]
    };
    expect(toCsv('lines', dataset).split('\n')[1]).toBe("u,2023,stated,t2,function,'@x,'=1+1,0,total,-3.00,'-s.txt:9,d1,,,true");
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1+cmd', "'+1+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-3.00', '-3.00'],
    ['+12', '+12'],
    ['-1,234.50', '-1,234.50'],
    ['-12.5%', '-12.5%'],
    ['基本支出', '基本支出'],
    ['', '']
  ])('%j → %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});
