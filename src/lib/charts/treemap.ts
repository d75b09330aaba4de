/**
 * One unit's 类→款→项 drill-down as a treemap, and the items too small to see. The drill-down is the
 * page's (its root code lives in the URL, so Back and reload keep it): the chart draws one level
 * under the root and a click on a box asks the page to go into it.
 */
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

/** The nodes from the top down to `code` (empty when the code is not in the tree): the page's breadcrumb. */
export function pathTo(tree: TreeNode[], code: string | null): TreeNode[] {
  if (!code) return [];
  for (const node of tree) {
    if (node.code === code) return [node];
    if (code.startsWith(node.code) && node.children) {
      const below = pathTo(node.children, code);
      if (below.length) return [node, ...below];
    }
  }
  return [];
}

export function functionTreemapOption(rows: FunctionLineRow[], unitName: string, year: number, rootCode: string | null = null): ChartOption {
  const tree = functionTree(rows);
  const total = tree.reduce((s, n) => s + n.value, 0);
  const root = pathTo(tree, rootCode).at(-1);
  const shown = root ? (root.children ?? [root]) : tree;
  const description = listText(
    [...rows].sort((a, b) => a.code.localeCompare(b.code)).map((r) => `${r.code} ${r.name} ${wan(r.amount)} 万元`),
    60
  );
  return {
    ...base(`${year} 年支出功能分类（${root ? root.name : '类→款→项'}）`, rows.length ? `${unitName}：${description}` : '无数据', root?.children ? '单位：万元；点击方块下钻，图上方的路径可返回' : '单位：万元；点击方块下钻'),
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
        bottom: 8,
        roam: false,
        leafDepth: 1,
        nodeClick: false, // the page drills down (see the module note)
        breadcrumb: { show: false },
        label: { show: true, formatter: (p: { name: string; value: number }) => `${p.name}\n${wan(p.value)}` },
        upperLabel: { show: true, height: 22 },
        levels: [{ itemStyle: { gapWidth: 2 } }, { itemStyle: { gapWidth: 1 }, colorSaturation: [0.35, 0.6] }, { colorSaturation: [0.3, 0.5] }],
        data: shown.map(({ children, ...node }) => ({ ...node, drillable: Boolean(children) }))
      }
    ]
  };
}
