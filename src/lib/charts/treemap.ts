/** One unit's 类→款→项 drill-down as a treemap (breadcrumb on), and the items too small to see. */
import type { FunctionLineRow } from '../db/types';
import { CLASS_PALETTE } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, percent, wan } from './format';

export interface TreeNode {
  name: string;
  code: string;
  value: number;
  children?: TreeNode[];
}

/** Builds the tree from code prefixes (201 ⊃ 20103 ⊃ 2010301); a parent keeps its own printed total. */
export function functionTree(rows: FunctionLineRow[]): TreeNode[] {
  const byCode = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const row of [...rows].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code))) {
    const node: TreeNode = { name: `${row.code} ${row.name}`, code: row.code, value: row.amount };
    byCode.set(row.code, node);
    const parent = byCode.get(row.code.slice(0, row.code.length - 2));
    if (row.code.length > 3 && parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** Leaves under `threshold` of the total: listed beside the chart because their boxes are too small to read. */
export function smallItems(rows: FunctionLineRow[], threshold = 0.02): { code: string; name: string; amount: number; share: number }[] {
  const total = rows.filter((r) => r.level === 1).reduce((s, r) => s + r.amount, 0);
  if (total <= 0) return [];
  const codes = new Set(rows.map((r) => r.code));
  const isLeaf = (code: string) => ![...codes].some((c) => c !== code && c.startsWith(code));
  return rows
    .filter((r) => isLeaf(r.code) && r.amount / total < threshold)
    .map((r) => ({ code: r.code, name: r.name, amount: r.amount, share: r.amount / total }))
    .sort((a, b) => a.amount - b.amount);
}

interface TipParam { name: string; value: number; treePathInfo?: { name: string }[] }

export function functionTreemapOption(rows: FunctionLineRow[], unitName: string, year: number): ChartOption {
  const tree = functionTree(rows);
  const total = tree.reduce((s, n) => s + n.value, 0);
  const description = listText(
    [...rows].sort((a, b) => a.code.localeCompare(b.code)).map((r) => `${r.code} ${r.name} ${wan(r.amount)} 万元`),
    60
  );
  return {
    ...base(`${year} 年支出功能分类（类→款→项）`, rows.length ? `${unitName}：${description}` : '无数据', '单位：万元；点击方块下钻，上方路径可返回'),
    tooltip: {
      formatter: (p: TipParam) => {
        const path = (p.treePathInfo ?? []).slice(1).map((n) => escapeHtml(n.name)).join(' → ');
        return `${path || escapeHtml(p.name)}<br/>${escapeHtml(wan(p.value))} 万元（占 ${escapeHtml(percent(total ? p.value / total : null))}）`;
      }
    },
    color: CLASS_PALETTE,
    series: [
      {
        name: unitName,
        type: 'treemap',
        top: 64,
        bottom: 40,
        roam: false,
        leafDepth: 1,
        breadcrumb: { show: true, bottom: 8 },
        label: { show: true, formatter: (p: { name: string; value: number }) => `${p.name}\n${wan(p.value)}` },
        upperLabel: { show: true, height: 22 },
        levels: [{ itemStyle: { gapWidth: 2 } }, { itemStyle: { gapWidth: 1 }, colorSaturation: [0.35, 0.6] }, { colorSaturation: [0.3, 0.5] }],
        data: tree
      }
    ]
  };
}
