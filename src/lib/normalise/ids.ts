/** Stable identifiers: a unit keeps one id across years and name variants. */
import type { Disclosure } from '../model/disclosure';

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: small, stable, dependency-free. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The part of a unit's name that survives renaming of its region prefix and bracketed
 * alias: "克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）" and "乌尔禾区人民政府办公室" share it.
 */
export function coreUnitName(name: string, prefixes: (string | null)[]): string {
  let core = name.replace(/\s+/g, '').replace(/[（(][^（）()]*[）)]/g, '');
  // 中共 stands before the place ("中共江苏省委办公厅"): the place is dropped from behind it.
  const party = core.startsWith('中共') ? '中共' : '';
  core = core.slice(party.length);
  for (const prefix of prefixes) {
    if (prefix && core.startsWith(prefix)) core = core.slice(prefix.length);
  }
  for (const prefix of prefixes) {
    if (prefix && core.startsWith(prefix)) core = core.slice(prefix.length);
  }
  return party + core;
}

/**
 * A unit's id: its division and the core of its name. A document whose unit could not be named
 * (a blank template, a name never printed) is a unit of its own, never merged with another nameless one.
 */
export function unitId(disclosure: Disclosure): string {
  const { unit } = disclosure;
  const core = coreUnitName(unit.name, [unit.province, unit.city, unit.region]);
  const division = unit.divisionCode ?? '000000';
  return core ? `${division}-${fnv1a(core)}` : `${division}-doc${docId(disclosure).slice(0, 8)}`;
}

/** A document's id: the first 12 hex digits of its SHA-256. */
export function docId(disclosure: Disclosure): string {
  return disclosure.sourceSha256.slice(0, 12);
}
