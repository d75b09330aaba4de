import { describe, expect, it } from 'vitest';
import { PLANTED, SYNTH_PREFIX, synthDataset } from './synth';

describe('synthDataset', () => {
  const data = synthDataset(1000);
  const stated = data.unit_summary.filter((r) => r.basis === 'stated');

  it('writes the asked number of unit-years, every row marked synthetic and internally consistent', () => {
    expect(new Set(stated.filter((r) => r.doc_kind === '预算').map((r) => `${r.unit_id} ${r.year}`)).size).toBe(1000);
    expect(data.unit_summary.every((r) => r.unit_name.startsWith(SYNTH_PREFIX) && r.unit_id.startsWith('synth-'))).toBe(true);
    for (const row of stated.slice(0, 80)) {
      expect(row.basic).toBe(row.personnel! + row.public_funds!);
      expect(row.appropriation).toBe(row.basic! + row.project!);
      const lines = data.lines.filter((l) => l.doc_id === row.doc_id);
      const sum = (rows: typeof lines) => rows.reduce((s, l) => s + l.amount, 0);
      const classes = lines.filter((l) => l.classification === 'function' && l.level === 1);
      expect(sum(classes)).toBe(row.appropriation);
      for (const c of classes) expect(sum(lines.filter((l) => l.level === 2 && l.code!.startsWith(c.code!)))).toBe(c.amount);
      expect(sum(lines.filter((l) => l.classification === 'project'))).toBe(row.project);
      expect(data.tables.filter((t) => t.doc_id === row.doc_id)).toHaveLength(3);
    }
    expect(synthDataset(30)).toEqual(synthDataset(30));
  });

  it('gives each document its own id, and a unit-year at most one per kind and 口径', () => {
    const docs = new Set(data.units.map((u) => u.doc_id));
    expect(docs.size).toBe(data.units.length);
    expect(new Set(stated.map((r) => r.doc_id)).size).toBe(stated.length);
    expect(new Set(stated.map((r) => `${r.unit_id} ${r.year} ${r.doc_kind} ${r.doc_scope}`)).size).toBe(stated.length);
  });

  it('has 部门 documents larger than the unit’s 单位 one, and 决算 for 2022 for a share of units', () => {
    const dept = stated.filter((r) => r.doc_scope === '部门');
    expect(dept.length).toBeGreaterThan(50);
    for (const d of dept) {
      const own = stated.find((r) => r.unit_id === d.unit_id && r.year === d.year && r.doc_scope === '单位' && r.doc_kind === '预算')!;
      expect(d.appropriation!).toBeGreaterThan(own.appropriation!);
    }
    const finals = stated.filter((r) => r.doc_kind === '决算');
    expect(new Set(finals.map((r) => r.year))).toEqual(new Set([2022]));
    expect(finals.length).toBeGreaterThan(100);
  });

  it('plants its outliers under stable ids; 三公 rises nowhere else', () => {
    const budget = (id: string, year: number) => stated.find((r) => r.unit_id === id && r.year === year && r.doc_kind === '预算' && r.doc_scope === '单位')!;
    const perStaff = (r: (typeof stated)[number]) => r.public_funds! / r.staff_active!;
    const peers = stated.filter((r) => r.year === 2023 && r.unit_id !== PLANTED.publicFunds).map(perStaff).sort((a, b) => a - b);
    expect(perStaff(budget(PLANTED.publicFunds, 2023))).toBeGreaterThan(5 * peers[Math.floor(peers.length / 2)]!);
    const rise = [2021, 2022, 2023].map((y) => budget(PLANTED.sangongRise, y).sangong_total!);
    expect(rise[1]!).toBeGreaterThan(rise[0]!);
    expect(rise[2]!).toBeGreaterThan(rise[1]!);
    const over = budget(PLANTED.overQuota, 2023);
    expect(over.staff_actual! - over.staff_quota!).toBe(5);
    const rising = new Set<string>();
    for (const r of stated.filter((s) => s.doc_kind === '预算' && s.year! > 2021)) {
      const before = stated.find((p) => p.doc_id === r.doc_id.replace(String(r.year), String(r.year! - 1)));
      if (before && r.sangong_total! > before.sangong_total!) rising.add(r.unit_id);
    }
    expect([...rising]).toEqual([PLANTED.sangongRise]);
    expect(stated.filter((r) => r.staff_actual! > r.staff_quota!).map((r) => r.unit_id).every((id) => id === PLANTED.overQuota)).toBe(true);
  });
});
