import { describe, it } from 'vitest';
import { rule } from './performance-project-amounts';
import { disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a project amount differs', () => {
    expectFires(rule, (() => { const d = seed001(); d.performance.projects[0]!.amount = w('31.00'); return d; })(), { expected: '30.00', actual: '31.00' }, 1);
  });
  it('skips without 绩效目标表', () => expectSkipped(rule, disclosure()));
});
