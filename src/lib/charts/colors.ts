/**
 * One colour per unit across every chart: a unit's colour is its position in the sorted list of
 * all unit ids (not of the current selection), so filtering never recolours a unit.
 */
export const PALETTE = [
  '#2f6fb5', '#d9622b', '#3a9a5b', '#b8395a', '#7d58b0', '#c49a1c', '#2a9aa8', '#8a5a3c', '#5a6f8a', '#d04fa0',
  '#5c8f1f', '#a64126', '#1f7f6f', '#9368d6', '#b07a00', '#4d4d4d', '#e08a75', '#6aa6d8', '#8fb35a', '#c47fb0'
] as const;

export type UnitColors = (unitId: string) => string;

export function unitColors(allUnitIds: readonly string[]): UnitColors {
  const order = new Map([...new Set(allUnitIds)].sort().map((id, index) => [id, index]));
  return (unitId) => PALETTE[(order.get(unitId) ?? hashIndex(unitId)) % PALETTE.length]!;
}

function hashIndex(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash;
}

/** Colours for function classes (a category, not a unit). */
export const CLASS_PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
