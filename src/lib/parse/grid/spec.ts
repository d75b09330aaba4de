/**
 * What a template family declares: its tables (title aliases → canonical table, the shape of
 * its rows, the columns it prints, the sums its rows obey, its unit of measure) and the words
 * that identify it. The machinery in this folder reads every table from such a spec; nothing in
 * it knows a province.
 */
import type { MeasureUnit } from '../../model/amount';
import type { Classification, DocKind, FamilyId, Measure, TableId } from '../../model/disclosure';
import type { SangongItem } from '../../model/vocabulary';

/**
 * How a table's rows are keyed:
 * - coded: 功能分类 or 经济分类 codes (201 / 20103 / 2010301, 301 / 30101) and a 合计 row;
 * - sided: a 收支总表 — sides side by side, each with its own row labels (income keys, function
 *   class names, uses, totals);
 * - items: one row per “三公” item (rows printed per item, or one row with a column per item);
 * - single: one unlabelled row of figures, the table's total (a 支出预算总表 printed as one line);
 * - projects: 项目支出 rows under function codes;
 * - grouped: a vertical list of groups and their items (a 收入预算总表 printed as a list);
 * - procurement: 政府采购 categories and items.
 */
export type RowShape = 'coded' | 'sided' | 'items' | 'single' | 'projects' | 'grouped' | 'procurement';

export type SideScheme = 'income' | 'expenditure';

export interface TableSpec {
  id: TableId;
  /** The family's own name or number for the table, for messages. */
  name: string;
  /** Tested against the title's wordForm (no spaces or quotes, half-width brackets); first spec to match wins. */
  titles: readonly RegExp[];
  shape: RowShape;
  /** coded tables: function or economic codes. */
  classification?: Extract<Classification, 'function' | 'economic'>;
  /** sided tables: what each side lists, left to right. */
  sides?: readonly SideScheme[];
  /**
   * Figure columns in printed order where the header cannot be read (text without positions);
   * positioned text reads them from the header words.
   */
  columns: readonly Measure[];
  /** Row sums [whole, parts] over measures or “三公” items (a blank cell counts as 0). */
  sums?: readonly (readonly [string, readonly string[]])[];
  /** Unit of measure when the table prints none. */
  unit: MeasureUnit;
  /** A 决算 table: 预算数 columns are the budget twin of the stated (决算数) figure. */
  final?: boolean;
  /** items tables printed as one row with a column per item (a “三公” table whose items are columns): turned into one row per item. */
  itemsAsColumns?: boolean;
  /** The item columns in printed order, for text without positions (where the header cannot be read). */
  itemColumns?: readonly SangongItem[];
  /** Two-sided economic tables whose sides are 人员经费 (left) and 公用经费 (right). */
  personnelPublicSides?: boolean;
}

/** The tables one kind of document of the family prints (its 预算 set, its 决算 set). */
export interface TableSet {
  kind: DocKind;
  /** Tables in the order the template prints them. */
  tables: readonly TableSpec[];
  /** Required narrative parts this kind of document of the family does not have (named as the completeness check names them). */
  absentSections?: readonly string[];
}

export interface FamilySpec {
  id: FamilyId;
  /** How the family's documents are named in messages. */
  label: string;
  sets: readonly TableSet[];
  /** Words only this family's documents print (each found adds to the identification score). */
  markers: readonly RegExp[];
}
