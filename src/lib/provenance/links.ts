/** Links into the source view (/source): a summary figure of a document, or a place (file:line) in it. */
import type { Basis } from './query';

export function figureHref(base: string, docId: string, basis: string, figure: string): string {
  const params = new URLSearchParams({ doc: docId, basis: basis === 'prior' ? 'prior' : 'stated', figure });
  return `${base}/source?${params}`;
}

/** A place as findings cite it (`file:line`), with its page and box when known. */
export function placeHref(base: string, docId: string, at: string, page?: number | null, box?: string | null): string {
  const params = new URLSearchParams({ doc: docId, at });
  if (page) params.set('page', String(page));
  if (box) params.set('box', box);
  return `${base}/source?${params}`;
}

export type { Basis };
