import { describe, it } from 'vitest';
import { rule } from './empty-note-other-table';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 表8 carries 表9 note', () => {
    expectFires(rule, (() => { const d = seed001(); const t8 = d.tables.find((t) => t.id === 't8')!; t8.emptyNote = { ...t8.emptyNote!, text: '没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。' }; return d; })(), { actual: '没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。' }, 1);
  });
  it('skips without notes', () => expectSkipped(rule, disclosure()));
});
