/** The 数据质量 entries as CSV, one line per entry (UTF-8 with BOM, formula-safe: components/csv). */
import { amountText, tidyAmounts } from '../charts/format';
import { toCsv, type CsvColumn } from '../components/csv';
import type { FindingGroup } from './group';
import type { DocumentSummaryRow } from './queries';
import { ruleTitle, severityZh } from './rule-titles';

export const CAUSE_ZH = { single: '', repeated: '同一数字出现在多处', carried: '同一差额牵连多项核对', reading: '同一张表未能可靠读取' } as const;

export function findingsCsv(groups: readonly FindingGroup[], documents: readonly DocumentSummaryRow[] = []): string {
  const docs = new Map(documents.map((doc) => [doc.doc_id, doc]));
  const columns: CsvColumn<FindingGroup>[] = [
    { label: '单位', text: (g) => g.unit_name },
    { label: '年度', text: (g) => (g.year === null ? '' : String(g.year)) },
    { label: '预算/决算', text: (g) => docs.get(g.doc_id)?.doc_kind ?? '' },
    { label: '部门/单位', text: (g) => docs.get(g.doc_id)?.doc_scope ?? '' },
    { label: '程度', text: (g) => severityZh(g.severity) },
    { label: '规则', text: (g) => ruleTitle(g.main.rule_id) },
    { label: '说明', text: (g) => tidyAmounts(g.main.message) },
    { label: '应为', text: (g) => (g.main.expected === null ? '' : amountText(g.main.expected)) },
    { label: '实为', text: (g) => (g.main.actual === null ? '' : amountText(g.main.actual)) },
    { label: '归并原因', text: (g) => CAUSE_ZH[g.cause] },
    { label: '发现条数', text: (g) => String(g.items.length) },
    { label: '涉及规则', text: (g) => g.rule_ids.map(ruleTitle).join('；') },
    { label: '位置', text: (g) => g.places.join(' ') },
    { label: '规则编号', text: (g) => g.rule_ids.join(' ') },
    { label: '文件编号', text: (g) => g.doc_id }
  ];
  return toCsv(groups, columns);
}
