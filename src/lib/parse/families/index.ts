/** Every template family the parser knows, tried in turn by parse/index.ts. */
import type { TemplateFamily } from '../family';
import { jiangsu12Family } from './jiangsu12';
import { seed10Family } from './seed10';
import { shanghai9Family } from './shanghai9';

export const FAMILIES: readonly TemplateFamily[] = [seed10Family, shanghai9Family, jiangsu12Family];
