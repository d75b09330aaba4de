/** Every template family the parser knows (one declarative spec each), tried in turn by parse/index.ts. */
import type { FamilySpec } from '../grid/spec';
import { JIANGSU12 } from './jiangsu12/spec';
import { SEED10 } from './seed10/spec';
import { SHANGHAI9 } from './shanghai9/spec';

export const FAMILIES: readonly FamilySpec[] = [SEED10, SHANGHAI9, JIANGSU12];
