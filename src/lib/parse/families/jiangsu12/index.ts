/** Jiangsu provincial 12-table 预算 (公开01表…公开12表; 2017: 表一…表十二 or 一、…十二、). */
import type { TemplateFamily } from '../../family';
import { identifyJiangsu } from './identify';
import { parseJiangsuTables } from './tables';

export const jiangsu12Family: TemplateFamily = {
  id: 'jiangsu12',
  identify: identifyJiangsu,
  parseTables: parseJiangsuTables
};

export { basicSplit } from './derived';
export { placeFigures } from './align';
export { headerColumns } from './header';
