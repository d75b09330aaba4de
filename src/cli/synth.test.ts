import { describe, expect, it } from 'vitest';
import { SYNTH_PREFIX, synthDataset } from './synth';

describe('synthDataset', () => {
  it('writes the asked number of unit-years, every row marked synthetic and internally consistent', () => {
    const data = synthDataset(1000);
    expect(data.unit_summary).toHaveLength(1000);
    expect(data.unit_summary.every((r) => r.unit_name.startsWith(SYNTH_PREFIX) && r.unit_id.startsWith('synth-'))).toBe(true);
    for (const row of data.unit_summary.slice(0, 50)) {
      expect(row.basic).toBe(row.personnel! + row.public_funds!);
      expect(row.appropriation).toBe(row.basic! + row.project!);
      const functions = data.lines.filter((l) => l.unit_id === row.unit_id && l.year === row.year);
      expect(functions.reduce((s, l) => s + l.amount, 0)).toBe(row.appropriation);
    }
    expect(synthDataset(30)).toEqual(synthDataset(30));
  });
});
