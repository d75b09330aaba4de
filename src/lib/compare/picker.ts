/** Which units the 对比 search offers for a typed text (pure: tested in Node). */
export interface PickerUnit { id: string; name: string; city: string | null }

/**
 * Units whose name or city contains every space-separated word of `text` (district names are part
 * of unit names, so "乌尔禾 信访" finds 乌尔禾区信访局); at most `max`, and how many more match.
 */
export function matchUnits(units: readonly PickerUnit[], text: string, max = 50): { matches: PickerUnit[]; more: number } {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches: PickerUnit[] = [];
  let count = 0;
  for (const unit of units) {
    const haystack = `${unit.name} ${unit.city ?? ''} ${unit.id}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) continue;
    if (count++ < max) matches.push(unit);
  }
  return { matches, more: count - matches.length };
}

/** The pick after toggling one unit: appended at the end (its colour is its position), or removed. */
export function togglePick(picks: readonly string[], id: string): string[] {
  return picks.includes(id) ? picks.filter((p) => p !== id) : [...picks, id];
}
