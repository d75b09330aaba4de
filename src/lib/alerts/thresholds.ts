/**
 * The 预警 page's settings ⇄ URL search parameters (pure; round trip tested): the threshold k (in
 * MADs), the minimum peer count, the peer mode, the indicators judged, and the unit list's order.
 * Only non-default values are written, so the default view keeps a short address.
 */
import { INDICATOR_KEYS, type IndicatorKey } from './indicators';
import { PEER_MODES, type PeerMode } from './peers';

export type AlertOrder = 'flags' | 'flags-asc' | 'name';

export interface Thresholds {
  /** Flag when |x − median| / MAD exceeds k. */
  k: number;
  /** Fewer units with a value in the group than this: not compared. */
  minPeers: number;
  peer: PeerMode;
  indicators: IndicatorKey[];
  order: AlertOrder;
}

export const DEFAULT_THRESHOLDS: Thresholds = { k: 3.5, minPeers: 5, peer: 'region', indicators: [...INDICATOR_KEYS], order: 'flags' };
export const K_RANGE = { min: 1, max: 20 } as const;
export const MIN_PEERS_RANGE = { min: 3, max: 100 } as const;
const KEYS = ['k', 'minpeers', 'peer', 'ind', 'order'] as const;

export function readThresholds(params: URLSearchParams): Thresholds {
  const k = Number(params.get('k'));
  const minPeers = Number(params.get('minpeers'));
  const peer = params.get('peer');
  const order = params.get('order');
  const ind = params.get('ind');
  const wanted = ind === null ? null : new Set(ind.split(','));
  return {
    k: params.has('k') && Number.isFinite(k) && k >= K_RANGE.min && k <= K_RANGE.max ? k : DEFAULT_THRESHOLDS.k,
    minPeers: Number.isInteger(minPeers) && minPeers >= MIN_PEERS_RANGE.min && minPeers <= MIN_PEERS_RANGE.max ? minPeers : DEFAULT_THRESHOLDS.minPeers,
    peer: PEER_MODES.some((m) => m.mode === peer) ? (peer as PeerMode) : DEFAULT_THRESHOLDS.peer,
    // 'ind=' (nothing chosen) is kept as nothing, so the page can say so instead of judging everything.
    indicators: wanted === null ? [...DEFAULT_THRESHOLDS.indicators] : INDICATOR_KEYS.filter((key) => wanted.has(key)),
    order: order === 'flags-asc' || order === 'name' ? order : 'flags'
  };
}

export function writeThresholds(t: Thresholds, into = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(into);
  for (const key of KEYS) out.delete(key);
  if (t.k !== DEFAULT_THRESHOLDS.k) out.set('k', String(t.k));
  if (t.minPeers !== DEFAULT_THRESHOLDS.minPeers) out.set('minpeers', String(t.minPeers));
  if (t.peer !== DEFAULT_THRESHOLDS.peer) out.set('peer', t.peer);
  const chosen = INDICATOR_KEYS.filter((key) => t.indicators.includes(key));
  if (chosen.length !== INDICATOR_KEYS.length) out.set('ind', chosen.join(','));
  if (t.order !== DEFAULT_THRESHOLDS.order) out.set('order', t.order);
  out.sort();
  return out;
}
