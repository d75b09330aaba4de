/** Shanghai district 9-table 预算 (部门 and 单位 variants) and the Shanghai 决算 tables. */
import type { TemplateFamily } from '../../family';
import { identifyShanghai9 } from './identify';
import { parseShanghaiTables } from './tables';

export const shanghai9Family: TemplateFamily = {
  id: 'shanghai9',
  identify: identifyShanghai9,
  parseTables: parseShanghaiTables
};
