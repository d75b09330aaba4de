/**
 * What a run does to the lake, decided before any document is read: which inputs to read (new,
 * changed, or read by another parser version), which batches stay, and which lose documents that
 * are no longer among the inputs. Pure: inputs and manifests in, a plan out.
 */
import { shardOf, type BatchManifest, type ManifestDoc } from './manifest';

export interface PlannedInput {
  sha256: string;
  label: string;
}

export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
}

export interface RunPlan<T extends PlannedInput> {
  /** Inputs to read, in the order given. */
  read: T[];
  /** Inputs already in the lake, read by this parser version. */
  unchanged: T[];
  /** Batches to rewrite without some documents (removed inputs), or drop when none stay. */
  shrink: { batch: BatchManifest; keep: ManifestDoc[]; drop: ManifestDoc[] }[];
}

/**
 * `inputs` are this run's documents (after the shard filter); the lake's documents of this shard
 * that are not among them were removed. Batches of another parser version are dropped whole and
 * their documents read again when still given.
 */
export function planRun<T extends PlannedInput>(inputs: readonly T[], live: readonly BatchManifest[], parser: string, shard: Shard | null): RunPlan<T> {
  const given = new Set(inputs.map((input) => input.sha256));
  const current = new Set<string>();
  const shrink: RunPlan<T>['shrink'] = [];
  for (const batch of live) {
    const ours = (doc: ManifestDoc) => !shard || shardOf(doc.sha256, shard.count) === shard.index;
    const stale = batch.parser !== parser;
    const keep = batch.docs.filter((doc) => !ours(doc) || (!stale && given.has(doc.sha256)));
    for (const doc of keep) if (!stale) current.add(doc.sha256);
    if (keep.length < batch.docs.length) shrink.push({ batch, keep, drop: batch.docs.filter((doc) => !keep.includes(doc)) });
  }
  return {
    read: inputs.filter((input) => !current.has(input.sha256)),
    unchanged: inputs.filter((input) => current.has(input.sha256)),
    shrink
  };
}
