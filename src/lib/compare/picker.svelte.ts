/** The unit search's own state: typed text, open or not, the option the arrow keys point at. */
import { optionsState } from '../state/options.svelte';
import { matchUnits, type PickerUnit } from './picker';

export function createPicker(city: () => string | null) {
  let text = $state('');
  let open = $state(false);
  let active = $state(-1);
  const candidates = $derived<PickerUnit[]>(optionsState.units.filter((u) => !city() || u.city === city()));
  const found = $derived(matchUnits(candidates, text));
  return {
    get text() { return text; },
    set text(value: string) { text = value; open = true; active = value.trim() ? 0 : -1; },
    get open() { return open && found.matches.length + found.more > 0; },
    set open(value: boolean) { open = value; if (!value) active = -1; },
    get active() { return active; },
    get found() { return found; },
    get total() { return candidates.length; },
    /** Arrow keys: move within the list, wrapping round. */
    move(step: 1 | -1) {
      const n = found.matches.length;
      if (!n) return;
      open = true;
      active = active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n;
    }
  };
}
