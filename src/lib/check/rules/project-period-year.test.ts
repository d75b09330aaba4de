import { describe, it } from 'vitest';
import { rule } from './project-period-year';
import { disclosure, textLines } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';

const period = (dates: string) => textLines(`五、实施周期\n${dates}\n六、年度预算安排\n795万元`);

describe(rule.id, () => {
  it('fires on a period that ended before the budget year (corpus 02)', () => {
    expectFires(rule, disclosure({ year: 2026, lines: period('2025年1月1日-2025年12月31日') }), { expected: '2026', actual: '2025' }, 1);
  });
  it('stays quiet on a period in the budget year', () => expectQuiet(rule, disclosure({ year: 2026, lines: period('2026年1月1日-2026年12月31日') })));
  it('stays quiet on a period running into the budget year', () => expectQuiet(rule, disclosure({ year: 2026, lines: period('2025年1月1日至2027年12月31日') })));
  it('skips without a dated period', () => expectSkipped(rule, disclosure({ year: 2026, lines: textLines('五、实施周期\n长期') })));
});
