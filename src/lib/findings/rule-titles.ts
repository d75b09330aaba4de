/**
 * Chinese names of every finding rule id, for the pages: the check rules' own `titleZh` (copied here
 * so the browser does not bundle the check stage; rule-titles.test.ts fails when a rule is added,
 * renamed or retitled without this map) and the parser's reading notes (`parse:<code>`).
 */

/** rule id → titleZh of the check stage (src/lib/check/rules). */
export const CHECK_RULE_TITLES: Readonly<Record<string, string>> = {
  'amount-unit-incomplete': '金额单位不完整（“万”后缺“元”）',
  'change-function-items': '一般公共预算各项（项级科目）增减额之和 = 一般公共预算拨款总增减额',
  'change-words': '同一句中增减额与增减率的方向词一致（增加…增长，减少…下降）',
  'compared-year': '与上年比较时所称年份应为预算年度的前一年（Y−1）',
  'doubled-punctuation': '重复或冲突的标点（。。 ，， ，。）',
  'economic-hierarchy': '按经济分类列示的表各列：类级 = 所属各款之和',
  'economic-table-total': '按经济分类列示的表各列：合计 = 各经济分类类级之和',
  'empty-note-other-table': '空表说明应说的是本表（不是从别的表复制来的说明）',
  'empty-table-has-figures': '声明为空表的表格不应列出金额',
  'function-hierarchy': '功能分类表各列：类 = Σ 款，款 = Σ 项',
  'function-table-total': '功能分类表各列：合计（总计）= 各类之和',
  'fund-table-empty': '财政拨款收支总表中某项资金为零 ⇔ 该资金的支出表为空表',
  'narrative-basic-project': '说明中的基本支出、项目支出与对应支出表合计一致',
  'narrative-change-direction': '增减方向与数字相符：推算的上年数不为负，“持平”时增减额为零，与所述上年数方向一致',
  'narrative-change-percent': '说明中的增长/下降百分比与增减额除以上年数的结果一致',
  'narrative-duplicate': '说明中同一数量前后两次表述的金额或增减额应相同',
  'narrative-economic': '说明中的经济科目金额与基本支出表同一科目一致',
  'narrative-function-name': '说明中功能分类“类”的名称与表中同一编码的名称一致',
  'narrative-function': '说明中的功能科目（类/款/项）金额与对应表中同一科目一致',
  'narrative-funding': '说明中的各项收入（一般公共预算、政府性基金、国有资本经营、结转等）与表中一致',
  'narrative-personnel-public': '说明中的人员经费、公用经费与基本支出表一致',
  'narrative-restated-amount': '同一项说明中本年金额前后表述一致（“…X万元……本年预算安排X万元”）',
  'narrative-sangong': '说明中的“三公”经费各项与“三公”经费表一致',
  'narrative-share': '说明中的“占 Y%”与所述金额除以相应总额的结果一致',
  'narrative-totals': '说明中的收支总额、财政拨款总额与收支总表/财政拨款收支总表一致',
  'negative-amount': '预算表中不应出现负数金额',
  'operating-costs-vs-public': '机关运行经费与基本支出表公用经费对照（行政单位通常相等，仅提示）',
  'performance-project-amounts': '绩效目标表的年度预算总额 = 项目支出表中同名项目的金额',
  'performance-project-names': '绩效目标表的项目名称与项目支出表一致（名称不同或缺少绩效目标表）',
  'performance-sum': '绩效目标表的项目个数与金额之和 = 说明所称绩效管理项目个数与金额',
  'performance-vs-projects': '绩效管理的财政拨款项目金额（与个数）= 财政拨款项目支出',
  'prior-basic-project': '推算的上年数相加一致：上年基本支出 + 上年项目支出（+ 上年单位预留机动经费）= 上年总额',
  'prior-sangong-items': '推算的上年“三公”各项之和 = 上年“三公”经费合计',
  'procurement-parts': '政府采购预算 = 货物 + 工程 + 服务',
  'procurement-sme': '面向小微企业预留 ≤ 面向中小企业预留 ≤ 政府采购预算',
  'project-period-year': '预算项目的实施周期应覆盖预算年度',
  'repeated-words': '重复的词（如“预算预算”）',
  'required-sections': '说明应包含主要职能、机构设置、收支总体说明、三公、机关运行经费、政府采购、国有资产、绩效、名词解释等部分',
  'row-basic-project': '支出类表格每行：合计 = 基本支出 + 项目支出',
  'sangong-fund-columns': '“三公”经费表每行：合计 = 各资金来源列之和',
  'sangong-total': '“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
  'sangong-vehicle-subtotal': '“三公”经费表：公务用车购置及运行费 = 购置费 + 运行费',
  'sangong-vs-economic': '“三公”经费表的公务接待费、公务用车运行费与基本支出表 30217、30231 科目对照（口径可不同，仅提示）',
  'scope-wording': '单位预算中不应出现“部门预算”的写法（部门预算中反之）',
  'share-over-100': '占比不应超过 100%',
  'staff-change': '人员增减与人数相符：推算的上年人数不为负',
  'staff-over-quota': '在职人数超过编制数（提示）',
  'staff-sum': '实有人数 = 在职 + 退休 + 离休',
  't1-balance': '收支总表：收入总计应等于支出总计',
  't1-expenditure-parts': '收支总表：本年支出合计 = 各功能分类（类）支出之和；支出总计 = 本年支出合计 + 年末结转和结余',
  't1-income-breakdown': '收支总表：每项收入 = 其下所列“其中”各项之和（如一般公共预算拨款 = 一般财力 + 上级转移支付）',
  't1-income-parts': '收支总表：收入总计 = 本年收入 + 上年结转结余；本年收入 = 各项收入之和',
  't1-vs-t2-sources': '收支总表各项收入 = 收入表合计行对应收入来源列',
  't1-vs-t2-total': '收支总表收入总计 = 收入总体情况表合计',
  't1-vs-t3-functions': '收支总表各功能分类（类）支出 = 支出表同一科目合计',
  't1-vs-t3-total': '收支总表支出总计 = 支出总体情况表合计',
  't1-vs-t4-funds': '收支总表中的一般公共预算、政府性基金、国有资本经营预算拨款 = 财政拨款收支总表对应收入',
  't2-appropriation-sum': '收入表每行：财政拨款（补助）小计 = 一般公共预算 + 政府性基金 + 国有资本经营预算（含上级转移支付）',
  't2-row-sources': '收入表每行：合计 = 各收入来源列之和（财政拨款小计 + 财政专户 + 单位资金 + 结转）',
  't2-vs-t3-functions': '收入表与支出表中同一功能科目的合计应一致',
  't3-vs-t5-general-only': '全部资金为一般公共预算时，支出表应与一般公共预算支出表逐行一致',
  't4-balance': '财政拨款收支总表：收入总计 = 支出总计，且每项资金来源收支相等（含年初、年末结转和结余）',
  't4-expenditure-total': '财政拨款收支总表：本年支出合计（各列）= 各功能分类（类）支出之和',
  't4-income-parts': '财政拨款收支总表：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营预算',
  't4-row-funds': '财政拨款收支总表：支出各行 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算',
  't4-vs-t5': '财政拨款收支总表一般公共预算列 = 一般公共预算支出表（逐科目与合计）',
  't4-vs-t8': '财政拨款收支总表政府性基金列 = 政府性基金预算支出表（逐科目与合计）',
  't4-vs-t9': '财政拨款收支总表国有资本经营预算列 = 国有资本经营预算支出表（逐科目与合计）',
  't5-basic-vs-t6': '一般公共预算支出表基本支出合计 = 一般公共预算基本支出表合计',
  't5-project-vs-t7': '一般公共预算支出表项目支出合计 = 一般公共预算项目支出表合计',
  't6-personnel-classes': '基本支出表：人员经费 = 301 + 303 类合计，公用经费 = 其余各类（302 等）合计',
  't6-row-personnel-public': '基本支出表每行：合计 = 人员经费 + 公用经费',
  't7-project-columns': '项目支出表每行：合计 = 各经济分类列之和',
  't7-projects-sum': '项目支出表：合计 = 各项目之和（各单位、各科目小计 = 其下项目之和）',
  'table-missing': '模板规定的表格应当出现（或注明为空表）',
  'table-no-rows': '出现了表头却没有任何数据行、也没有空表说明的表格',
  'table-uncertain': '表格未能可靠读取（表内勾稽关系不成立或有数字无法归列），其数字不参与核对',
  'template-leftovers': '模板残留：XX、××、待填写、请填写、（略）、“填列数应与…一致”等填报说明',
  'term-typo': '预算术语写错字（如“财政转专户管理资金”）',
  'title-year': '标题中的年度应为本预算（决算）年度',
  'truncated-sentence': '说明中没有写完的句子（“主要原因是。”）',
  'unit-name-variants': '单位名称前后一致（报告与全称只差一两个字的写法，多为错别字）',
  'unknown-table': '文件中有模板之外、无法识别的表格（按原样保留，未计入核对）',
  'unplaced-figures': '表格中有无法确定所属列的数字（相关合计核对未进行）',
  'yuan-cent-precision': '以元为单位的表：数字应印到分，分位上的合计差额也应报告'
};

/** Parser issue code (findings.csv `parse:<code>`) → what it means. */
export const PARSE_NOTE_TITLES: Readonly<Record<string, string>> = {
  'amount-unreadable': '表中金额无法读取',
  'column-ambiguous': '表中数字无法确定所属列',
  'division-unresolved': '无法确定单位所属的市、县（区）',
  'doc-kind-unknown': '无法确定是预算还是决算',
  'doc-scope-unknown': '无法确定是部门还是单位文件',
  'figure-unplaced': '表中数字无法确定所在行或列',
  'figure-unreadable': '表中数字无法读取',
  'income-groups': '收入表的资金来源分组无法确定',
  'narrative-amount-unreadable': '说明中的金额无法读取',
  'narrative-missing': '未找到预算情况说明正文',
  'procurement-sum': '政府采购明细合计超过其金额',
  'row-unidentified': '表中的行无法识别（科目编码或名称）',
  'table-line-unreadable': '表中有无法读取的行',
  'table-no-rows': '表格没有读出任何数据行',
  'table-unit-missing': '表格未标明金额单位',
  'unit-name-conflict': '文件中出现不同的单位名称',
  'unit-name-missing': '未找到单位名称',
  'unit-name-placeholder': '单位名称是模板占位文字',
  'unknown-template': '未识别的公开模板',
  'year-conflict': '标题中出现多个年度',
  'year-unknown': '无法确定预算年度'
};

/** The Chinese name of a finding's rule id; an unknown id is shown as it is rather than hidden. */
export function ruleTitle(ruleId: string): string {
  if (ruleId.startsWith('parse:')) return PARSE_NOTE_TITLES[ruleId.slice(6)] ?? `读取说明（${ruleId.slice(6)}）`;
  return CHECK_RULE_TITLES[ruleId] ?? ruleId;
}

export const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** 错误 / 警告 / 提示 for a severity; anything else as it is. */
export function severityZh(severity: string): string {
  return (SEVERITY_ZH as Record<string, string>)[severity] ?? severity;
}
