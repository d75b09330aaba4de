/**
 * Character clean-up every extracted line gets. Only the ranges that PDF producers garble are
 * NFKC-normalised (Kangxi radicals ⼀ U+2F00…, CJK radical supplements ⻔ U+2E80…, full-width
 * digits and letters); full NFKC would also turn ：， into ASCII and break the Chinese text.
 */
const GARBLED = /[\u2E80-\u2FDF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E\uFF05\u00A0\u3000]/g;

export function normaliseText(text: string): string {
  return text.replace(GARBLED, (char) => (char === '\u3000' || char === '\u00A0' ? ' ' : char.normalize('NFKC')));
}
