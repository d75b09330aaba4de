/** 预算执行 as exported (.xlsx): the columns of its CSV (execution/view.ts), typed, one row per unit and item. */
import type { UnitExecution } from '../execution/view';
import type { ExecutionRow } from '../execution/query';
import type { ShareTable } from './table';

type Row = { g: UnitExecution; row: ExecutionRow };

export function executionShare(groups: readonly UnitExecution[], note: string): ShareTable<Row> {
  return {
    name: '预算执行',
    note,
    rows: groups.flatMap((g) => g.items.map((row) => ({ g, row }))),
    columns: [
      { label: '单位', kind: 'text', value: ({ g }) => g.unit_name },
      { label: '年度', kind: 'count', value: ({ g }) => g.year },
      { label: '项目', kind: 'text', value: ({ row }) => row.label },
      { label: '预算', kind: 'amount', value: ({ row }) => row.budget },
      { label: '决算表所列预算数', kind: 'amount', value: ({ row }) => row.budget_in_final },
      { label: '决算', kind: 'amount', value: ({ row }) => row.final },
      { label: '差额', kind: 'amount', value: ({ row }) => row.difference },
      { label: '执行率', kind: 'percent', value: ({ row }) => row.rate },
      { label: '预算来源', kind: 'text', value: ({ g }) => g.budgetSource },
      { label: '决算来源', kind: 'text', value: ({ g }) => g.finalSource }
    ]
  };
}
