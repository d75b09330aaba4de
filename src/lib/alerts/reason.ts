/** Each judgement in Chinese words: the value, the peer group's median and how far off, or why not judged. */
import { percent, wan } from '../charts/format';
import { indicatorOf, type IndicatorUnit } from './indicators';
import { peerGroupLabel, type PeerMode } from './peers';
import type { AlertCell, UnitAlerts } from './query';
import type { AlertOrder } from './thresholds';

/** A value with its unit; '—' when missing (never 0). */
export function valueText(value: number | null, unit: IndicatorUnit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'wan_per_staff': return `${wan(value)} 万元/人`;
    case 'wan': return `${wan(value)} 万元`;
    case 'people': return `${value} 人`;
    case 'share': return percent(value);
  }
}

/** 1 decimal for a deviation in MADs ("5.8"). */
const times = (x: number) => (Math.round(Math.abs(x) * 10) / 10).toFixed(1);

function previousText(cell: AlertCell): string {
  return cell.prev_from === 'prior' ? '上年（本文件所列）' : `上年（${cell.year - 1} 年文件）`;
}

/** A space before a number, none after a closing （…）. */
const gap = (text: string) => (text.endsWith('）') ? '' : ' ');

export function reasonText(cell: AlertCell, mode: PeerMode, minPeers: number): string {
  const ind = indicatorOf(cell.indicator);
  if (!ind) return '';
  if (cell.value === null) return `${ind.label}：缺少${ind.inputs}，未计算`;
  const shown = `${ind.label} ${valueText(cell.value, ind.unit)}`;
  if (cell.indicator === 'sangong_change') {
    const verb = cell.value > 0 ? `增加 ${wan(cell.value)} 万元（“三公”经费只减不增）` : cell.value < 0 ? `减少 ${wan(-cell.value)} 万元` : '持平';
    return `“三公”经费 ${wan(cell.a)} 万元，比${previousText(cell)}${wan(cell.b)} 万元${verb}`;
  }
  if (cell.indicator === 'staff_over_quota') {
    return cell.value > 0 ? `实有人数 ${cell.a} 人，超过编制 ${cell.b} 人 ${cell.value} 人` : `实有人数 ${cell.a} 人，未超过编制 ${cell.b} 人`;
  }
  const group = peerGroupLabel(mode, cell.peer_group);
  const prev = cell.indicator === 'operating_change' ? `（${previousText(cell)}${wan(cell.b)} 万元，本年 ${wan(cell.a)} 万元）` : '';
  if (cell.status === 'few') return `${shown}${prev}；同组单位不足，未比较（${group}有此数的单位 ${cell.peers ?? 0} 个，少于 ${minPeers} 个）`;
  const median = valueText(cell.median, ind.unit).replace(/ (万元\/人|万元)$/, '');
  const head = `${shown}${prev}，${group}${gap(group)}${cell.peers} 个单位中位数 ${median}`;
  if (cell.deviation !== null) {
    const side = cell.deviation > 0 ? '偏高' : cell.deviation < 0 ? '偏低' : '持平';
    return `${head}，偏离 ${times(cell.deviation)} 倍 MAD（${side}）`;
  }
  // MAD 0: most of the group share one value, so the judgement is by the 5–95% quantiles.
  if (cell.status === 'flag') {
    const above = cell.value > (cell.median ?? 0);
    const bound = valueText(above ? cell.q95 : cell.q05, ind.unit);
    return `${head}，同组多数单位数值相同（MAD 为 0），${above ? '高于 95%' : '低于 5%'} 分位数 ${bound}`;
  }
  return `${head}，同组多数单位数值相同（MAD 为 0）`;
}

/** Short status text for a cell in the unit list. */
export function statusText(cell: AlertCell): string {
  switch (cell.status) {
    case 'flag': return '预警';
    case 'ok': return '正常';
    case 'missing': return '缺数';
    case 'few': return '同组不足';
  }
}

export function sortUnits(units: readonly UnitAlerts[], order: AlertOrder): UnitAlerts[] {
  const byName = (a: UnitAlerts, b: UnitAlerts) => (a.unit_name ?? a.unit_id).localeCompare(b.unit_name ?? b.unit_id, 'zh') || a.unit_id.localeCompare(b.unit_id);
  const sorted = [...units];
  if (order === 'name') return sorted.sort(byName);
  const sign = order === 'flags-asc' ? 1 : -1;
  return sorted.sort((a, b) => sign * (a.flags - b.flags) || byName(a, b));
}
