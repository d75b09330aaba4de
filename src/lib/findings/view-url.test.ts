import { describe, expect, it } from 'vitest';
import { paramValue, readView, VIEW_PARAMS, type FindingsView } from './view-url';

describe('数据质量 controls in the URL', () => {
  it('reads the defaults from an empty URL', () => {
    expect(readView(new URLSearchParams())).toEqual({ severity: null, rule: null, doc: null, sort: 'count', grouped: true });
  });

  it('round-trips every control', () => {
    const view: FindingsView = { severity: 'warning', rule: 'narrative-function', doc: 'ee2c1eba6444', sort: 'name', grouped: false };
    const params = new URLSearchParams();
    for (const key of Object.keys(VIEW_PARAMS) as (keyof FindingsView)[]) {
      const value = paramValue(key, view[key]);
      if (value !== null) params.set(VIEW_PARAMS[key], value);
    }
    expect(params.toString()).toBe('severity=warning&rule=narrative-function&doc=ee2c1eba6444&sort=name&group=off');
    expect(readView(params)).toEqual(view);
  });

  it('leaves defaults out and ignores junk', () => {
    expect([paramValue('sort', 'count'), paramValue('grouped', true), paramValue('doc', null)]).toEqual([null, null, null]);
    expect(readView(new URLSearchParams('severity=fatal&doc=<script>&sort=x&group=1'))).toEqual({ severity: null, rule: null, doc: null, sort: 'count', grouped: true });
  });
});
