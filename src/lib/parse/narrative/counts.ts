/**
 * Counts the narrative states in fixed phrasings: staff (编制数 / 实有人数 / 在职 / 退休 / 离休
 * with signed changes), state assets (车辆 N 辆，价值 X 万元) and 绩效 (财政拨款项目 N 个，涉及
 * 预算金额 X 万元). Read from the whole narrative stream; the first statement counts.
 */
import { wanyuan } from '../../model/amount';
import type { AssetFacts, PerformanceFacts, StaffFacts } from '../../model/disclosure';
import { sourceAt, type Stream } from './stream';

const count = (m: RegExpExecArray | null, group = 1): number | null => (m?.[group] !== undefined ? Number(m[group]) : null);

function signed(verb: string | undefined, value: string | undefined): number | null {
  if (value === undefined || verb === undefined) return null;
  const n = Number(value);
  return /减少|下降/.test(verb) && n !== 0 ? -n : n;
}

export function readStaff(stream: Stream, file: string): StaffFacts {
  const text = stream.text;
  const quota = /编制(?:数|人数)为?(\d+)(?:人|名)?/.exec(text);
  const actual = /实有(?:人数|人员)为?(\d+)(?:人|名)/.exec(text);
  // 在职/退休/离休 are read only in the statement that gives 编制数/实有人数 (not "俱乐部在职 7 名人员").
  const anchor = quota ?? actual;
  const window = anchor ? text.slice(anchor.index, anchor.index + 160) : '';
  const person = (word: string): RegExpExecArray | null =>
    new RegExp(`${word}(?:人员)?(\\d+)(?:人|名)(?:，(增加|减少)(\\d+)(?:人|名)?)?`).exec(window);
  const active = person('在职');
  const retired = person('(?<!离)退休');
  const veteran = person('离休');
  const first = [quota, actual, active].find((m) => m !== null);
  const staff: StaffFacts = {
    quota: count(quota),
    actual: count(actual),
    active: count(active),
    retired: count(retired),
    retiredVeteran: count(veteran),
    activeChange: signed(active?.[2], active?.[3]),
    retiredChange: signed(retired?.[2], retired?.[3]),
    retiredVeteranChange: signed(veteran?.[2], veteran?.[3])
  };
  if (first) staff.source = sourceAt(stream, first.index, file);
  return staff;
}

export function readAssets(stream: Stream, file: string): AssetFacts {
  const m = /(?<!购置)车辆(\d+)辆(?:，价值((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)万元)?/.exec(stream.text);
  if (!m) return { vehicles: null, vehiclesValue: null };
  return {
    vehicles: Number(m[1]),
    vehiclesValue: m[2] !== undefined ? wanyuan(m[2]) : null,
    source: sourceAt(stream, m.index, file)
  };
}

const AMOUNT = '((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)万元';

export function readPerformanceCounts(stream: Stream, file: string): Omit<PerformanceFacts, 'projects'> {
  const text = stream.text;
  const fiscal =
    new RegExp(`(?<!非)财政拨款项目(\\d+)个，涉及(?:预算金额|项目预算资金|财政性资金合计)${AMOUNT}`).exec(text) ??
    new RegExp(`绩效目标的项目共?(\\d+)个，涉及(?:项目)?预算资金${AMOUNT}`).exec(text) ??
    new RegExp(`共(\\d+)个项目实行绩效目标管理，涉及(?:财政性资金合计|预算金额|项目预算资金)${AMOUNT}`).exec(text);
  const nonFiscal = new RegExp(`非财政拨款项目(\\d+)个，涉及(?:预算金额|项目预算资金)${AMOUNT}`).exec(text);
  const facts: Omit<PerformanceFacts, 'projects'> = {
    fiscalProjectCount: count(fiscal),
    fiscalAmount: fiscal?.[2] !== undefined ? wanyuan(fiscal[2]) : null,
    nonFiscalProjectCount: count(nonFiscal),
    nonFiscalAmount: nonFiscal?.[2] !== undefined ? wanyuan(nonFiscal[2]) : null
  };
  if (fiscal) facts.source = sourceAt(stream, fiscal.index, file);
  return facts;
}
