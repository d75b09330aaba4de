/** Meeting mode's queries: the pages' own (no SQL of its own), run together; a part that fails leaves its slide out. */
import { alerts } from '../alerts/query';
import { DEFAULT_THRESHOLDS } from '../alerts/thresholds';
import { compareAll, overviewRanking } from '../db/pages';
import { headline } from '../db/queries';
import type { Executor, Filters } from '../db/types';
import { execution } from '../execution/query';
import type { DeckData } from './deck';

const optional = <T>(promise: Promise<T>): Promise<T | undefined> => promise.catch(() => undefined);

export async function loadDeck(db: Executor, filters: Filters): Promise<DeckData> {
  const all = { ...filters, units: [] };
  const [shown, ranking, compare, executed, flagged] = await Promise.all([
    headline(db, all),
    optional(overviewRanking(db, all)),
    optional(compareAll(db, filters, 10)),
    optional(execution(db, all)),
    optional(alerts(db, { ...all, basis: 'stated' }, DEFAULT_THRESHOLDS))
  ]);
  return { filters, headline: shown, ranking, compare, execution: executed, alerts: flagged };
}
