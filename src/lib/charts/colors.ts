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

/**
 * 对比's colours: by position in the list of units shown (the user's pick order, else the top-N
 * order), so the first picks are always told apart. Twelve colours at least 25 apart in CIELAB
 * (ΔE76, tested, the grey included); the 13th unit on is NEUTRAL and is told apart by its label,
 * never by a colour another unit also has.
 */
export const PICK_PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#17becf', '#bcbd22', '#0b2e6f', '#f2b701', '#004d40'
] as const;
export const NEUTRAL = '#8c8c8c';

export interface PickColors extends UnitColors {
  /** How many units have a colour of their own (the others are NEUTRAL). */
  readonly distinct: number;
}

export function pickColors(unitIds: readonly string[]): PickColors {
  const position = new Map<string, number>();
  for (const id of unitIds) if (!position.has(id)) position.set(id, position.size);
  const colour = (unitId: string) => {
    const index = position.get(unitId);
    return index !== undefined && index < PICK_PALETTE.length ? PICK_PALETTE[index]! : NEUTRAL;
  };
  return Object.assign(colour, { distinct: Math.min(position.size, PICK_PALETTE.length) });
}
