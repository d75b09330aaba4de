import { describe, it } from 'vitest';
import { rule } from './narrative-basic-project';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 项目支出 differs from 支出表', () => {
    expectFires(rule, withFacts(seed000(), (f) => f.source.line === 1032, (f) => ({ ...f, amount: w('33.10') })), { expected: '33.00', actual: '33.10' }, 1);
  });
  it('fires when 一般公共预算 项目支出 differs from 表5', () => {
    expectFires(rule, withFacts(seed000(), (f) => f.source.line === 1082, (f) => ({ ...f, amount: w('22.10') })), { expected: '22.00', actual: '22.10' }, 1);
  });
  it('skips without such facts', () => expectSkipped(rule, disclosure()));
});
