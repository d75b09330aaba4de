import { describe, it } from 'vitest';
import { rule } from './narrative-restated-amount';
import { disclosure, fact, textLines } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';

// Corpus 02 item 12, lines 133–134.
const item = (restated: string) => disclosure({
  year: 2026,
  lines: textLines(`12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：住房公积金\n。2025年当年预算执行数为198.34万元，2026年预算安排${restated}万元，比2025年预算执行数增加5.27%。\n13、购房补贴（03项）243.36万元。2026年预算安排243.36万元`, 133),
  facts: [
    fact('function', '208.80', { code: '2210201', name: '住房保障支出/住房改革支出/住房公积金', scope: 'appropriation', line: 133 }),
    fact('function', '243.36', { code: '2210203', name: '住房保障支出/住房改革支出/购房补贴', scope: 'appropriation', line: 135 })
  ]
});

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('fires on 208.8 then “2026年预算安排201.50万元”', () => {
    const [finding] = expectFires(rule, item('201.50'), { expected: '208.80', actual: '201.50' }, 1);
    if (finding!.sources.map((s) => s.line).join() !== '133,134') throw new Error(`sources ${finding!.sources.map((s) => s.line)}`);
  });
  it('stays quiet when the restatement agrees', () => expectQuiet(rule, item('208.80')));
  it('skips without item facts', () => expectSkipped(rule, disclosure()));
});
