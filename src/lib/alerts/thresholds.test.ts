import { describe, expect, it } from 'vitest';
import { INDICATOR_KEYS } from './indicators';
import { DEFAULT_THRESHOLDS, readThresholds, writeThresholds, type Thresholds } from './thresholds';

const roundTrip = (t: Thresholds) => readThresholds(writeThresholds(t));

describe('thresholds ⇄ URL', () => {
  it('writes nothing for the defaults and reads the defaults from nothing', () => {
    expect(writeThresholds(DEFAULT_THRESHOLDS).toString()).toBe('');
    expect(readThresholds(new URLSearchParams())).toEqual(DEFAULT_THRESHOLDS);
  });

  it('round-trips every setting and keeps other parameters', () => {
    const t: Thresholds = { k: 2.5, minPeers: 8, peer: 'type', indicators: ['public_funds_per_staff', 'sangong_change'], order: 'name' };
    expect(roundTrip(t)).toEqual(t);
    const params = writeThresholds(t, new URLSearchParams('city=上海市&k=9'));
    expect(params.get('city')).toBe('上海市');
    expect(params.toString()).toBe(writeThresholds(t, new URLSearchParams('city=上海市')).toString());
    expect(roundTrip({ ...DEFAULT_THRESHOLDS, indicators: [] })).toEqual({ ...DEFAULT_THRESHOLDS, indicators: [] });
  });

  it('writes indicators in their fixed order, so equal views share one address', () => {
    const a = writeThresholds({ ...DEFAULT_THRESHOLDS, indicators: ['execution_rate', 'project_share'] }).toString();
    const b = writeThresholds({ ...DEFAULT_THRESHOLDS, indicators: ['project_share', 'execution_rate'] }).toString();
    expect(a).toBe(b);
  });

  it('falls back to the defaults on values out of range or unknown', () => {
    const t = readThresholds(new URLSearchParams('k=0&minpeers=2.5&peer=moon&order=x&ind=nope,project_share'));
    expect(t).toEqual({ ...DEFAULT_THRESHOLDS, indicators: ['project_share'] });
    expect(readThresholds(new URLSearchParams('k=abc')).k).toBe(3.5);
    expect(readThresholds(new URLSearchParams('k=30&minpeers=1000')).minPeers).toBe(5);
    expect(DEFAULT_THRESHOLDS.indicators).toEqual(INDICATOR_KEYS);
  });
});
