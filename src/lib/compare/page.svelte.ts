/** 对比's view state, read from the URL and changed by navigating (Back and reload restore it). */
import { page } from '$app/state';
import { setParams } from '../state/filters.svelte';
import { readCompareView, writeCompareView, type CompareView } from './view';

export const compareView = {
  get current(): CompareView {
    return readCompareView(page.url.searchParams);
  }
};

export function setCompareView(patch: Partial<CompareView>): Promise<void> {
  return setParams(writeCompareView({ ...compareView.current, ...patch }, page.url.searchParams));
}
