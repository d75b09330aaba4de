/**
 * 对比's own state in the URL beside the filters (units=… is the pick): how many units to show
 * without a pick (top=…), bars or the heat table (view=…), the heat table's sort (hsort=…, hasc=1).
 * Pure, so the round trip is tested without a browser; Back and reload restore the view.
 */
import { COMPARE_DEFAULT_TOP } from '../db/pages';

export const TOP_CHOICES = [10, 20, 50, 100, 300] as const;
export const DEFAULT_TOP = COMPARE_DEFAULT_TOP;
/** Past this many units bars no longer fit a screen: the heat table is shown unless bars are asked for. */
export const HEAT_FROM = 31;

export type ViewMode = 'auto' | 'bars' | 'heat';

export interface CompareView {
  top: number;
  view: ViewMode;
  /** A heat-table column key, or null for the page's order. */
  sort: string | null;
  ascending: boolean;
}

export const DEFAULT_VIEW: CompareView = { top: DEFAULT_TOP, view: 'auto', sort: null, ascending: false };
const KEYS = ['top', 'view', 'hsort', 'hasc'];

export function readCompareView(params: URLSearchParams): CompareView {
  const top = Number(params.get('top'));
  const view = params.get('view');
  const sort = params.get('hsort');
  return {
    top: (TOP_CHOICES as readonly number[]).includes(top) ? top : DEFAULT_TOP,
    view: view === 'bars' || view === 'heat' ? view : 'auto',
    sort: sort && /^[a-z_]{1,40}$/.test(sort) ? sort : null,
    ascending: params.get('hasc') === '1'
  };
}

export function writeCompareView(view: CompareView, into: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(into);
  for (const key of KEYS) out.delete(key);
  if (view.top !== DEFAULT_TOP) out.set('top', String(view.top));
  if (view.view !== 'auto') out.set('view', view.view);
  if (view.sort) out.set('hsort', view.sort);
  if (view.ascending) out.set('hasc', '1');
  out.sort();
  return out;
}

/** The mode drawn for `units` shown: auto picks the heat table past HEAT_FROM units. */
export function effectiveMode(view: ViewMode, units: number): 'bars' | 'heat' {
  if (view !== 'auto') return view;
  return units >= HEAT_FROM ? 'heat' : 'bars';
}
