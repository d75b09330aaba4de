import { describe, it } from 'vitest';
import { rule } from './performance-project-names';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet when the names agree', () => expectQuiet(rule, (() => { const d = seed001(); d.performance.projects[3]!.name = '区长准备专项经费'; return d; })()));
  it('fires on seed 001: 应急专项经费 vs 区长准备专项经费', () => {
    expectFires(rule, seed001(), { severity: 'warning', expected: '区长准备专项经费', actual: '应急专项经费' }, 1);
  });
  it('reports as info on seed 000 the projects 政府性基金 may cover', () => {
    expectFires(rule, seed000(), { severity: 'info', actual: '文印耗材费' }, 2);
  });
  it('skips without 绩效目标表', () => expectSkipped(rule, disclosure()));
});
