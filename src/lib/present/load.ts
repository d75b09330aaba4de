/** Meeting mode's queries: the pages' own (no SQL of its own), run together; a part that fails leaves its slide out. */
import { alerts } from '../alerts/query';
import { DEFAULT_THRESHOLDS } from '../alerts/thresholds';
import { compareAll, overviewRanking } from '../db/pages';
import { headline } from '../db/queries';
import { SummaryMiss } from '../db/summary';
import type { Executor, Filters } from '../db/types';
import { execution } from '../execution/query';
import type { DeckData } from './deck';

// A query the start-up summary cannot answer (SummaryMiss) is not a failure: useQuery runs the deck
// again when DuckDB is ready, so it must not be swallowed into a missing slide.
const optional = <T>(promise: Promise<T>): Promise<T | undefined> =>
  promise.catch((problem: unknown) => {
    if (problem instanceof SummaryMiss) throw problem;
    return undefined;
  });

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
