/** Seed 000 (乌鲁木齐县人民政府办公室, 单位预算 2023): every table, transcribed from the seed text. */
import { describe, expect, it } from 'vitest';
import { readFamilyTables } from '../../grid/family';
import { SEED10 } from './spec';
import { expectTable, loadSeed } from './expect-table';

const document = loadSeed('seeds/000_96d04baec0ec31c5.txt');
const { tables, issues } = readFamilyTables(document, SEED10);
const table = (id: string) => tables.find((t) => t.id === id);

describe('seed 000 tables', () => {
  it('finds the ten tables with labels, titles, units and statuses', () => {
    expect(tables.map((t) => [t.id, t.familyTableId, t.titleAsPrinted, t.unitOfMeasure, t.status, t.firstLine])).toEqual([
      ['t1', '表1', '单位收支总体情况表', '万元', 'present', 104],
      ['t2', '表2', '单位收入总体情况表', '万元', 'present', 173],
      ['t3', '表3', '单位支出总体情况表', '万元', 'present', 481],
      ['t4', '表4', '财政拨款收支预算总体情况表', '万元', 'present', 551],
      ['t5', '表5', '一般公共预算支出情况表', '万元', 'present', 643],
      ['t6', '表6', '一般公共预算基本支出情况表', '万元', 'present', 693],
      ['t7', '表7', '一般公共预算项目支出情况表', '万元', 'present', 757],
      ['t8', '表8', '政府性基金预算支出情况表', '万元', 'present', 891],
      ['t9', '表9', '国有资本经营预算支出情况表', '万元', 'declared_empty', 925],
      ['t10', '表10', '财政拨款“三公”经费支出情况表', '万元', 'present', 943]
    ]);
    expect(table('t9')!.emptyNote).toMatchObject({
      line: 939,
      text: '备注：没有使用国有资本经营预算安排的支出，国有资本经营预算支出情况表为空表。'
    });
    expect(table('t9')!.rows).toEqual([]);
    expect(table('t10')!.lastLine).toBe(968); // the 第三部分 narrative ends the tables
  });

  it('t1 收支总体: income and expenditure sides of each printed line', () => {
    expectTable(
      table('t1'),
      `
      114 income current_income 1 一、本年收入 | 370.29
      114 function 201 1 一般公共服务支出 | 305.50
      115 income general_budget 2 1.一般公共预算拨款 | 362.29
      115 function 202 1 外交支出
      117 income general_budget_own 3 其中：一般财力 | 362.29
      117 function 203 1 国防支出
      119 income general_budget_transfer 3 上级一般公共预算安排转移支付
      119 function 204 1 公共安全支出
      121 income gov_fund 2 2.基金预算拨款 | 8.00
      121 function 205 1 教育支出
      123 income gov_fund_own 3 其中：政府性基金收入 | 8.00
      123 function 206 1 科学技术支出 | 17.00
      124 income gov_fund_transfer 3 上级政府性基金安排转移支付
      124 function 207 1 文化旅游体育与传媒支出
      126 income state_capital 2 3.国有资本经营预算拨款
      126 function 208 1 社会保障和就业支出 | 39.79
      127 income state_capital_own 3 其中：国有资本经营预算拨款
      127 function 209 1 社会保险基金支出
      129 income state_capital_transfer 3 上级国有资本经营预算安排转移支付
      129 function 210 1 卫生健康支出
      131 income fiscal_special 2 4.财政专户核拨
      131 function 211 1 节能环保支出
      133 income unit_funds 2 5.单位资金
      133 function 212 1 城乡社区支出 | 8.00
      134 income business_income 3 其中：事业收入
      134 function 213 1 农林水支出
      136 income superior_subsidy 3 上级补助收入
      136 function 214 1 交通运输支出
      138 income subsidiary_remittance 3 附属单位上缴收入
      138 function 215 1 资源勘探工业信息等支出
      140 income operating_income 3 事业单位经营收入
      140 function 216 1 商业服务业等支出
      142 income other_income 3 其他收入
      142 function 217 1 金融支出
      144 income carryover 1 二、上年结转结余 | 3.00
      144 function 219 1 援助其他地区支出
      146 income appropriation_carryover 2 1.财政拨款结转 | 3.00
      146 function 220 1 自然资源海洋气象等支出
      148 income carryover_general_budget 3 其中：一般公共预算拨款 | 3.00
      148 function 221 1 住房保障支出
      150 income carryover_gov_fund 3 基金预算拨款
      150 function 222 1 粮油物资储备支出
      152 income carryover_state_capital 3 国有资本经营预算拨款
      152 function 223 1 国有资本经营预算支出
      154 income non_appropriation_carryover 2 2.非财政拨款结转结余
      154 function 224 1 灾害防治及应急管理支出
      156 income carryover_fiscal_special 3 其中：财政专户核拨
      156 function 227 1 预备费
      158 income carryover_unit_funds 3 单位资金
      158 function 229 1 其他支出 | 3.00
      159 function 230 1 转移性支出
      161 function 231 1 债务还本支出
      163 function 232 1 债务付息支出
      165 function 233 1 债务发行费用支出
      167 function 234 1 抗疫特别国债安排的支出
      169 total income_total 0 收入总计 | 373.29
      169 total expenditure_total 0 本年支出总计 | 373.29
      `,
      { twoSided: true }
    );
  });

  it('t2 收入总体: funding columns placed with t1 as evidence, across the page break', () => {
    const app = (v: string) => `total=${v} appropriation=${v} general_budget=${v}`;
    const fund = (v: string) => `total=${v} appropriation=${v} gov_fund=${v}`;
    expectTable(
      table('t2'),
      `
      298 total - 0 合计 | total=373.29 appropriation=370.29 general_budget=362.29 gov_fund=8.00 carryover=3.00
      300 function 201 1 一般公共服务支出 | ${app('305.50')}
      306 function 20103 2 政府办公厅（室）及相关机构事务 | ${app('305.50')}
      308 function 2010301 3 行政运行 | ${app('221.57')}
      310 function 2010308 3 信访事务 | ${app('5.00')}
      312 function 2010350 3 事业运行 | ${app('78.93')}
      314 function 206 1 科学技术支出 | ${app('17.00')}
      316 function 20604 2 技术研究与开发 | ${app('17.00')}
      322 function 2060499 3 其他技术研究与开发支出 | ${app('17.00')}
      324 function 208 1 社会保障和就业支出 | ${app('39.79')}
      449 function 20805 2 行政事业单位养老支出 | ${app('39.79')}
      451 function 2080501 3 行政单位离退休 | ${app('5.66')}
      457 function 2080505 3 机关事业单位基本养老保险缴费支出 | ${app('34.13')}
      459 function 212 1 城乡社区支出 | ${fund('8.00')}
      465 function 21208 2 国有土地使用权出让收入安排的支出 | ${fund('8.00')}
      471 function 2120899 3 其他国有土地使用权出让收入安排的支出 | ${fund('8.00')}
      473 function 229 1 其他支出 | total=3.00 carryover=3.00
      475 function 22999 2 其他支出 | total=3.00 carryover=3.00
      477 function 2299999 3 其他支出 | total=3.00 carryover=3.00
      `
    );
  });

  it('t3 支出总体: 信访事务 5.00 is project because 300.50 = 221.57 + 78.93', () => {
    expectTable(
      table('t3'),
      `
      495 total - 0 总计 | total=373.29 basic=340.29 project=33.00
      497 function 201 1 一般公共服务支出 | total=305.50 basic=300.50 project=5.00
      503 function 20103 2 政府办公厅（室）及相关机构事务 | total=305.50 basic=300.50 project=5.00
      505 function 2010301 3 行政运行 | total=221.57 basic=221.57
      507 function 2010308 3 信访事务 | total=5.00 project=5.00
      509 function 2010350 3 事业运行 | total=78.93 basic=78.93
      511 function 206 1 科学技术支出 | total=17.00 project=17.00
      513 function 20604 2 技术研究与开发 | total=17.00 project=17.00
      515 function 2060499 3 其他技术研究与开发支出 | total=17.00 project=17.00
      517 function 208 1 社会保障和就业支出 | total=39.79 basic=39.79
      519 function 20805 2 行政事业单位养老支出 | total=39.79 basic=39.79
      521 function 2080501 3 行政单位离退休 | total=5.66 basic=5.66
      527 function 2080505 3 机关事业单位基本养老保险缴费支出 | total=34.13 basic=34.13
      529 function 212 1 城乡社区支出 | total=8.00 project=8.00
      535 function 21208 2 国有土地使用权出让收入安排的支出 | total=8.00 project=8.00
      541 function 2120899 3 其他国有土地使用权出让收入安排的支出 | total=8.00 project=8.00
      543 function 229 1 其他支出 | total=3.00 project=3.00
      545 function 22999 2 其他支出 | total=3.00 project=3.00
      547 function 2299999 3 其他支出 | total=3.00 project=3.00
      `
    );
  });

  it('t4 财政拨款收支总体: expenditure split by source (212 is 政府性基金)', () => {
    const empty = (line: number, code: string, name: string) => `${line} function ${code} 1 ${name}`;
    expectTable(
      table('t4'),
      `
      579 income appropriation 1 一、财政拨款（补助） | 370.29
      579 function 201 1 一般公共服务支出 | total=305.50 general_budget=305.50
      581 income general_budget 2 一般公共预算 | 362.29
      ${empty(581, '202', '外交支出')}
      583 income gov_fund 2 政府性基金预算 | 8.00
      ${empty(583, '203', '国防支出')}
      585 income state_capital 2 国有资本经营预算
      ${empty(585, '204', '公共安全支出')}
      ${empty(587, '205', '教育支出')}
      589 function 206 1 科学技术支出 | total=17.00 general_budget=17.00
      ${empty(591, '207', '文化旅游体育与传媒支出')}
      593 function 208 1 社会保障和就业支出 | total=39.79 general_budget=39.79
      ${empty(595, '209', '社会保险基金支出')}
      ${empty(597, '210', '卫生健康支出')}
      ${empty(599, '211', '节能环保支出')}
      601 function 212 1 城乡社区支出 | total=8.00 gov_fund=8.00
      ${empty(603, '213', '农林水支出')}
      ${empty(605, '214', '交通运输支出')}
      ${empty(607, '215', '资源勘探工业信息等支出')}
      ${empty(609, '216', '商业服务业等支出')}
      ${empty(611, '217', '金融支出')}
      ${empty(613, '219', '援助其他地区支出')}
      ${empty(615, '220', '自然资源海洋气象等支出')}
      ${empty(617, '221', '住房保障支出')}
      ${empty(619, '222', '粮油物资储备支出')}
      ${empty(621, '223', '国有资本经营预算支出')}
      ${empty(623, '224', '灾害防治及应急管理支出')}
      ${empty(625, '227', '预备费')}
      ${empty(627, '229', '其他支出')}
      ${empty(629, '230', '转移性支出')}
      ${empty(631, '231', '债务还本支出')}
      ${empty(633, '232', '债务付息支出')}
      ${empty(635, '233', '债务发行费用支出')}
      ${empty(637, '234', '抗疫特别国债安排的支出')}
      639 total income_total 0 收入总计 | 370.29
      639 total expenditure_total 0 支出总计 | total=370.29 general_budget=362.29 gov_fund=8.00
      `,
      { twoSided: true }
    );
  });

  it('t5 一般公共预算支出', () => {
    expectTable(
      table('t5'),
      `
      657 total - 0 总计 | total=362.29 basic=340.29 project=22.00
      659 function 201 1 一般公共服务支出 | total=305.50 basic=300.50 project=5.00
      665 function 20103 2 政府办公厅（室）及相关机构事务 | total=305.50 basic=300.50 project=5.00
      667 function 2010301 3 行政运行 | total=221.57 basic=221.57
      669 function 2010308 3 信访事务 | total=5.00 project=5.00
      671 function 2010350 3 事业运行 | total=78.93 basic=78.93
      673 function 206 1 科学技术支出 | total=17.00 project=17.00
      675 function 20604 2 技术研究与开发 | total=17.00 project=17.00
      677 function 2060499 3 其他技术研究与开发支出 | total=17.00 project=17.00
      679 function 208 1 社会保障和就业支出 | total=39.79 basic=39.79
      681 function 20805 2 行政事业单位养老支出 | total=39.79 basic=39.79
      683 function 2080501 3 行政单位离退休 | total=5.66 basic=5.66
      689 function 2080505 3 机关事业单位基本养老保险缴费支出 | total=34.13 basic=34.13
      `
    );
  });

  it('t6 基本支出: the printed 6.23 / 6.24 row keeps both figures (total 6.23, personnel 6.24)', () => {
    const p = (line: number, code: string, name: string, v: string) => `${line} economic ${code} 2 ${name} | total=${v} personnel=${v}`;
    const g = (line: number, code: string, name: string, v: string) => `${line} economic ${code} 2 ${name} | total=${v} public=${v}`;
    expectTable(
      table('t6'),
      `
      707 total - 0 总计 | total=340.29 personnel=326.40 public=13.89
      709 economic 301 1 工资福利支出 | total=320.16 personnel=320.16
      ${p(711, '30101', '基本工资', '89.20')}
      ${p(713, '30102', '津贴补贴', '67.61')}
      ${p(715, '30103', '奖金', '49.41')}
      ${p(717, '30107', '绩效工资', '20.20')}
      ${p(719, '30108', '机关事业单位基本养老保险缴费', '34.13')}
      ${p(721, '30110', '职工基本医疗保险缴费', '24.52')}
      ${p(723, '30111', '公务员医疗补助缴费', '6.08')}
      ${p(725, '30112', '其他社会保障缴费', '0.83')}
      ${p(727, '30113', '住房公积金', '27.21')}
      ${p(729, '30199', '其他工资福利支出', '0.97')}
      731 economic 302 1 商品和服务支出 | total=13.89 public=13.89
      ${g(733, '30201', '办公费', '4.60')}
      ${g(735, '30207', '邮电费', '0.60')}
      ${g(737, '30211', '差旅费', '0.80')}
      739 economic 30213 2 维修(护)费
      ${g(741, '30217', '公务接待费', '0.34')}
      ${g(743, '30228', '工会经费', '2.16')}
      ${g(745, '30229', '福利费', '4.97')}
      ${g(747, '30299', '其他商品和服务支出', '0.42')}
      749 economic 303 1 对个人和家庭的补助 | total=6.23 personnel=6.24
      ${p(751, '30302', '退休费', '5.66')}
      ${p(753, '30305', '生活补助', '0.58')}
      `
    );
  });

  it('t7 项目支出: function and project names split, totals placed, economic columns unplaced', () => {
    expectTable(
      table('t7'),
      `
      843 total - 0 总计 | 22.00 ~22.00
      849 function 201 1 一般公共服务支出 | 5.00 ~5.00
      859 function 20103 2 政府办公厅（室）及相关机构事务 | 5.00 ~5.00
      869 project 2010308 4 重要节日、重大会议敏感节点期间信访值班备勤及劝返经费 | 5.00 ~5.00 fn=2010308
      871 function 206 1 科学技术支出 | 17.00 ~17.00
      877 function 20604 2 技术研究与开发 | 17.00 ~17.00
      887 project 2060499 4 政府网站维护、运行和改版、升级经费 | 17.00 ~17.00 fn=2060499
      `,
      { fill: false }
    );
    const t7Issues = issues.filter((issue) => issue.code === 'column-ambiguous');
    expect(t7Issues).toHaveLength(1);
    expect(t7Issues[0]!.message).toContain('表7');
  });

  it('t8 政府性基金 (present) and t10 三公', () => {
    expectTable(
      table('t8'),
      `
      907 total - 0 总计 | total=8.00 project=8.00
      909 function 212 1 城乡社区支出 | total=8.00 project=8.00
      915 function 21208 2 国有土地使用权出让收入安排的支出 | total=8.00 project=8.00
      921 function 2120899 3 其他国有土地使用权出让收入安排的支出 | total=8.00 project=8.00
      `
    );
    expectTable(
      table('t10'),
      `
      958 sangong sangong_total 0 合计 | total=0.34 general_budget=0.34
      960 sangong outbound 1 因公出国（境）费
      962 sangong reception 1 公务接待费 | total=0.34 general_budget=0.34
      964 sangong vehicle_total 1 公务用车购置及运行费（小计）
      966 sangong vehicle_purchase 2 其中：公务用车购置费
      968 sangong vehicle_operation 2 公务用车运行费
      `
    );
  });

  it('reports nothing else (no unreadable lines, no ambiguity outside t7)', () => {
    expect(issues.map((issue) => issue.code)).toEqual(['column-ambiguous']);
  });
});
