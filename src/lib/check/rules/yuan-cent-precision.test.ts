import { describe, expect, it } from 'vitest';
import { rule, yuan } from './yuan-cent-precision';
import { disclosure, tbl } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

/** Corpus 03 支出预算总表 (元), classes and 合计 as printed (lines 161–181). */
const t3 = (total: string, purchase = '0.00') =>
  tbl(
    't3',
    ['total', 'basic', 'project'],
    `204|公共安全支出| 79,189,400.34 14,348,853.34 64,840,547.00
     208|社会保障和就业支出| 2,925,857.00 2,925,857.00 0.00
     210|卫生健康支出| 982,692.00 982,692.00 0.00
     221|住房保障支出| 3,861,459.00 3,861,459.00 0.00
     2210203|购房补贴| 2,070,000.00 2,070,000.00 ${purchase}
     *|合计| ${total}`,
    { unit: '元', title: '2026年预算单位支出预算总表', familyTableId: '3' }
  );

/** Corpus 03 财务收支预算总表, expenditure side (line 111): 人员/公用/项目 printed as integers. */
const t1 = (personnel: string) =>
  tbl(
    't1',
    ['total', 'personnel', 'public', 'project'],
    `E:204|公共安全支出| 79,189,400.34 ${personnel} 1,744,680.00 64,840,547.00
     E:208|社会保障和就业支出| 2,925,857.00 2,925,857.00 0.00 0.00`,
    { unit: '元', title: '2026年预算单位财务收支预算总表', familyTableId: '1' }
  );

describe(rule.id, () => {
  it('skips on seed 000 (all tables in 万元)', () => expectSkipped(rule, seed000()));
  it('skips on seed 001 (all tables in 万元)', () => expectSkipped(rule, seed001()));

  it('fires on the 合计 row printing 基本支出 as 22,118,861 (corpus 03)', () => {
    const [finding] = expectFires(rule, disclosure({ tables: [t3('86,959,408.34 22,118,861 64,840,547.00')] }), { expected: '86959408.00', actual: '86959408.34', severity: 'info' }, 1);
    expect(finding!.message).toContain('基本支出 22,118,861 印为整数');
    expect(finding!.message).toContain('之和 22,118,861.34 元，印 22,118,861.00 元');
  });
  it('fires on parts summing 0.34 元 short of 合计 (corpus 03 line 111)', () => {
    const [finding] = expectFires(rule, disclosure({ tables: [t1('12,604,173')] }), { expected: '79189400.00', actual: '79189400.34' }, 1);
    expect(finding!.message).toContain('人员经费 12,604,173 印为整数');
  });
  it('fires on a cell printed 0 among 0.00 (corpus 03 line 180)', () => {
    expectFires(rule, disclosure({ tables: [t3('86,959,408.34 22,118,861.34 64,840,547.00', '0')] }), { expected: null, actual: '0' }, 1);
  });
  it('stays quiet when every cell prints 分 and the sums close', () => {
    expectQuiet(rule, disclosure({ tables: [t3('86,959,408.34 22,118,861.34 64,840,547.00'), t1('12,604,173.34')] }));
  });
  it('stays quiet on a 元 table printed in integers throughout', () => {
    const table = tbl('t3', ['total', 'basic', 'project'], `201|一般公共服务支出| 1,000 400 600\n*|合计| 1,000 400 600`, { unit: '元' });
    expectQuiet(rule, disclosure({ tables: [table] }));
  });
  it('writes exact 元', () => expect([yuan(8695940834), yuan(-34, false)]).toEqual(['86,959,408.34', '-0.34']));
});
