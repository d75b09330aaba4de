/**
 * Two choices kept in localStorage, read synchronously at start-up: whether the app's own sample
 * dataset is hidden, and whether the user has imports — either way the precomputed first paint
 * (summary.json, made from the sample dataset) no longer describes what the pages show.
 */
const HIDE_SAMPLES = 'budget-lens:hide-samples';
const HAS_IMPORTS = 'budget-lens:has-imports';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const samplesHidden = (): boolean => storage()?.getItem(HIDE_SAMPLES) === '1';
export const hasImports = (): boolean => storage()?.getItem(HAS_IMPORTS) === '1';
export const dataIsCustom = (): boolean => samplesHidden() || hasImports();

export function setSamplesHidden(hidden: boolean): void {
  if (hidden) storage()?.setItem(HIDE_SAMPLES, '1');
  else storage()?.removeItem(HIDE_SAMPLES);
}

export function setHasImports(has: boolean): void {
  if (has) storage()?.setItem(HAS_IMPORTS, '1');
  else storage()?.removeItem(HAS_IMPORTS);
}
