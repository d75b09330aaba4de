/**
 * 功能分类 class names (政府收支分类科目, 类 level), used only to recognise a class the
 * narrative names without the （类） marker ("支出预算包括：一般公共服务支出 305.50 万元").
 * Codes are resolved from the document's own tables (context.functionNames) or printed codes,
 * never from this list, so a wrong name in the narrative stays visible to the checks.
 */
import type { ParsedTable } from '../../model/disclosure';
import type { FunctionPath } from './subjects';

export const FUNCTION_CLASS_NAMES: readonly string[] = [
  '一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出',
  '文化旅游体育与传媒支出', '文化体育与传媒支出', '社会保障和就业支出', '社会保险基金支出',
  '卫生健康支出', '医疗卫生与计划生育支出', '节能环保支出', '城乡社区支出', '农林水支出',
  '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '金融支出', '援助其他地区支出',
  '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '灾害防治及应急管理支出',
  '债务还本支出', '债务付息支出', '其他支出'
];

/** Names compare without spaces and with full-width brackets; 其它 is 其他. */
export function normaliseFunctionName(name: string): string {
  return name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/其它/g, '其他');
}

/**
 * Printed function names → codes from parsed tables: a key per '/'-joined path
 * (类/款/项 names) and a plain-name key where that name has one code only.
 */
export function buildFunctionNames(tables: ParsedTable[]): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const table of tables)
    for (const row of table.rows) {
      if (row.classification !== 'function' || !row.code || !/^\d{3}(\d{2}){0,2}$/.test(row.code)) continue;
      const name = normaliseFunctionName(row.name);
      names.set(row.code, name);
      if (!byName.has(name)) byName.set(name, new Set());
      byName.get(name)!.add(row.code);
    }
  const map = new Map<string, string>();
  for (const [name, codes] of byName) if (codes.size === 1) map.set(name, [...codes][0]!);
  for (const [code, name] of names) {
    const parts = [code.slice(0, 3), code.slice(0, 5), code].slice(0, code.length === 3 ? 1 : code.length === 5 ? 2 : 3);
    const path = parts.map((c) => names.get(c));
    if (path.every((p) => p !== undefined)) map.set(path.join('/'), code);
    else map.set(name, map.get(name) ?? code);
  }
  return map;
}

/**
 * The code of a function path: printed codes first (（204类）司法（06款）…（01项）), then
 * the tables' names, path keys before plain names; each level must extend the one above.
 */
export function resolveFunctionCode(path: FunctionPath, names: Map<string, string> | undefined): string | undefined {
  const levels = [path.className, path.sectionName, path.itemName];
  const deepest = path.itemName ? 3 : path.sectionName ? 2 : 1;
  if (path.classCode && (deepest === 1 || path.sectionCode) && (deepest < 3 || path.itemCode))
    return `${path.classCode}${path.sectionCode ?? ''}${deepest === 3 ? path.itemCode : ''}`;
  if (!names) return undefined;
  const lookup = (name: string | undefined, key: string[]): string | undefined => {
    if (!name) return undefined;
    const n = normaliseFunctionName(name);
    const candidates = [key.join('/'), n, `${n}支出`];
    for (const candidate of candidates) {
      const code = names.get(candidate);
      if (code) return code;
    }
    return undefined;
  };
  let parent = '';
  const keyParts: string[] = [];
  let code: string | undefined;
  for (let level = 1; level <= deepest; level++) {
    const name = levels[level - 1];
    if (!name) {
      if (level === 1) continue; // upper levels not printed: match the lower name alone
      return undefined;
    }
    keyParts.push(normaliseFunctionName(name));
    code = lookup(name, keyParts);
    const width = level === 1 ? 3 : level === 2 ? 5 : 7;
    if (!code || code.length !== width || !code.startsWith(parent)) return undefined;
    parent = code;
  }
  return code;
}
