/**
 * The 口径 sentence, print date, source and page number in the margins of every printed page
 * (CSS page margin boxes). Set through the CSSOM: the Content-Security-Policy forbids <style>
 * elements, and the sentence changes with the filters.
 */
import { SOURCE_LINE } from './table';

const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;

export function printMarginCss(note: string, date: string): string {
  const box = 'font-size: 8pt; color: #444; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;';
  return '@page { ' +
    `@top-left { content: ${cssString(`预算透视 · ${note || '全部数据'}`)}; ${box} vertical-align: bottom; } ` +
    `@bottom-left { content: ${cssString(`打印日期：${date}　${SOURCE_LINE}`)}; ${box} vertical-align: top; } ` +
    `@bottom-right { content: "第 " counter(page) " / " counter(pages) " 页"; ${box} vertical-align: top; } }`;
}

let sheet: CSSStyleSheet | undefined;

/** Browser only: replaces the page's margin boxes (one adopted stylesheet for the app's lifetime). */
export function applyPrintMargins(css: string): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(css);
}
