/** 预警's list and 数据质量's entries as exported tables (CSV / .xlsx): what each page lists, typed. */
import type { PeerMode } from '../alerts/peers';
import type { UnitAlerts } from '../alerts/query';
import { indicatorOf } from '../alerts/indicators';
import { reasonText } from '../alerts/reason';
import { tidyAmounts } from '../charts/format';
import { CAUSE_ZH } from '../findings/export';
import type { FindingGroup } from '../findings/group';
import type { DocumentSummaryRow } from '../findings/queries';
import { ruleTitle, severityZh } from '../findings/rule-titles';
import type { ShareTable } from './table';

export function alertsShare(units: readonly UnitAlerts[], peer: PeerMode, minPeers: number, note: string): ShareTable<UnitAlerts> {
  const of = (u: UnitAlerts, status: string) => u.cells.filter((c) => c.status === status);
  return {
    name: '预警',
    note,
    rows: units,
    columns: [
      { label: '单位', kind: 'text', value: (u) => u.unit_name ?? u.unit_id },
      { label: '单位类型', kind: 'text', value: (u) => u.unit_type },
      { label: '年度', kind: 'count', value: (u) => u.year },
      { label: '同组', kind: 'text', value: (u) => u.peer_group },
      { label: '预警数', kind: 'count', value: (u) => u.flags },
      { label: '预警原因', kind: 'text', value: (u) => of(u, 'flag').map((c) => reasonText(c, peer, minPeers)).join('；') },
      { label: '同组不足未比较', kind: 'text', value: (u) => of(u, 'few').map((c) => indicatorOf(c.indicator)?.label ?? c.indicator).join('、') },
      { label: '缺数', kind: 'text', value: (u) => of(u, 'missing').map((c) => indicatorOf(c.indicator)?.label ?? c.indicator).join('、') },
      { label: '文件代码', kind: 'text', value: (u) => u.cells[0]?.doc_id ?? '' }
    ]
  };
}

/** The columns of findingsCsv (findings/export.ts), with 应为/实为 as 万元 numbers. */
export function findingsShare(groups: readonly FindingGroup[], documents: readonly DocumentSummaryRow[], note: string): ShareTable<FindingGroup> {
  const docs = new Map(documents.map((doc) => [doc.doc_id, doc]));
  return {
    name: '数据质量',
    note,
    rows: groups,
    columns: [
      { label: '单位', kind: 'text', value: (g) => g.unit_name },
      { label: '年度', kind: 'count', value: (g) => g.year },
      { label: '预算/决算', kind: 'text', value: (g) => docs.get(g.doc_id)?.doc_kind ?? '' },
      { label: '部门/单位', kind: 'text', value: (g) => docs.get(g.doc_id)?.doc_scope ?? '' },
      { label: '程度', kind: 'text', value: (g) => severityZh(g.severity) },
      { label: '规则', kind: 'text', value: (g) => ruleTitle(g.main.rule_id) },
      { label: '说明', kind: 'text', value: (g) => tidyAmounts(g.main.message) },
      { label: '应为', kind: 'amount', value: (g) => decimal(g.main.expected) },
      { label: '实为', kind: 'amount', value: (g) => decimal(g.main.actual) },
      { label: '归并原因', kind: 'text', value: (g) => CAUSE_ZH[g.cause] },
      { label: '发现条数', kind: 'count', value: (g) => g.items.length },
      { label: '涉及规则', kind: 'text', value: (g) => g.rule_ids.map(ruleTitle).join('；') },
      { label: '位置', kind: 'text', value: (g) => g.places.join(' ') },
      { label: '规则编号', kind: 'text', value: (g) => g.rule_ids.join(' ') },
      { label: '文件编号', kind: 'text', value: (g) => g.doc_id }
    ]
  };
}

/** A finding's exact decimal text as a number (shown to 分 like the page); other text as it is. */
function decimal(text: string | null): number | string | null {
  if (text === null || text.trim() === '') return null;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}
