/** Seed 001 (克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）, 部门预算 2023): every table, from the seed text. */
import { describe, expect, it } from 'vitest';
import { readFamilyTables } from '../../grid/family';
import { SEED10 } from './spec';
import { expectTable, loadSeed } from './expect-table';

const document = loadSeed('seeds/001_f7859c67d4b429b5.txt');
const { tables, issues } = readFamilyTables(document, SEED10);
const table = (id: string) => tables.find((t) => t.id === id);
const UNIT = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';

/** The function rows t2/t3/t5 share: [code, level, name, total, basic-or-project]. */
const FUNCTION_ROWS: [string, number, string, string, 'basic' | 'project'][] = [
  ['201', 1, '一般公共服务支出', '388.11', 'basic'],
  ['20103', 2, '政府办公厅（室）及相关机构事务', '388.11', 'basic'],
  ['2010301', 3, '行政运行', '295.61', 'basic'],
  ['2010302', 3, '一般行政管理事务', '86.00', 'project'],
  ['2010308', 3, '信访事务', '6.50', 'project'],
  ['208', 1, '社会保障和就业支出', '22.64', 'basic'],
  ['20805', 2, '行政事业单位养老支出', '22.64', 'basic'],
  ['2080505', 3, '机关事业单位基本养老保险缴费支出', '22.64', 'basic'],
  ['210', 1, '卫生健康支出', '15.56', 'basic'],
  ['21011', 2, '行政事业单位医疗', '15.56', 'basic'],
  ['2101101', 3, '行政单位医疗', '12.73', 'basic'],
  ['2101103', 3, '公务员医疗补助', '2.83', 'basic'],
  ['221', 1, '住房保障支出', '42.22', 'basic'],
  ['22102', 2, '住房改革支出', '42.22', 'basic'],
  ['2210201', 3, '住房公积金', '42.22', 'basic']
];

/** t3 and t5 print the same rows; 201 and 20103 split 295.61 basic + 92.50 project. */
function basicProjectSpec(firstLine: number): string {
  const rows = FUNCTION_ROWS.map(([code, level, name, total, column], i) => {
    const values = code.length < 7 && code.startsWith('201') ? `total=${total} basic=295.61 project=92.50` : `total=${total} ${column}=${total}`;
    return `${firstLine + 2 + 2 * i} function ${code} ${level} ${name} | ${values}`;
  });
  return [`${firstLine} total - 0 总计 | total=468.53 basic=376.03 project=92.50`, ...rows].join('\n');
}

describe('seed 001 tables', () => {
  it('statuses: t8 and t9 declared empty with their sentences', () => {
    expect(tables.map((t) => [t.id, t.status, t.unitOfMeasure])).toEqual([
      ['t1', 'present', '万元'],
      ['t2', 'present', '万元'],
      ['t3', 'present', '万元'],
      ['t4', 'present', '万元'],
      ['t5', 'present', '万元'],
      ['t6', 'present', '万元'],
      ['t7', 'present', '万元'],
      ['t8', 'declared_empty', '万元'],
      ['t9', 'declared_empty', '万元'],
      ['t10', 'present', '万元']
    ]);
    expect(table('t8')!.emptyNote).toMatchObject({
      line: 717,
      text: `${UNIT}2023 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。`
    });
    expect(table('t9')!.emptyNote).toMatchObject({
      line: 735,
      text: `${UNIT}2023 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。`
    });
    expect(table('t1')!.titleAsPrinted).toBe('部门收支总体情况表');
  });

  it('t1 收支总体 (spaced 收 入 总 计 / 支 出 总 计)', () => {
    const exp = ['202 1 外交支出', '203 1 国防支出', '204 1 公共安全支出', '205 1 教育支出', '206 1 科学技术支出', '207 1 文化旅游体育与传媒支出'];
    expectTable(
      table('t1'),
      `
      130 income current_income 1 一、本年收入 | 468.53
      130 function 201 1 一般公共服务支出 | 388.11
      132 income general_budget 2 1、一般公共预算拨款 | 468.53
      132 function ${exp[0]}
      134 income general_budget_own 3 其中：一般财力 | 468.53
      134 function ${exp[1]}
      136 income general_budget_transfer 3 上级一般公共预算安排转移支付
      136 function ${exp[2]}
      138 income gov_fund 2 2、基金预算拨款
      138 function ${exp[3]}
      140 income gov_fund_own 3 其中：政府性基金收入
      140 function ${exp[4]}
      142 income gov_fund_transfer 3 上级政府性基金安排转移支付
      142 function ${exp[5]}
      144 income state_capital 2 3、国有资本经营预算拨款
      144 function 208 1 社会保障和就业支出 | 22.64
      146 income state_capital_own 3 其中：国有资本经营收入
      146 function 209 1 社会保险基金支出
      148 income state_capital_transfer 3 上级国有资本经营预算安排转移支付
      148 function 210 1 卫生健康支出 | 15.56
      150 income fiscal_special 2 4.财政专户核拨
      150 function 211 1 节能环保支出
      152 income unit_funds 2 5.单位资金
      152 function 212 1 城乡社区支出
      154 income business_income 3 其中：事业收入
      154 function 213 1 农林水支出
      156 income superior_subsidy 3 上级补助收入
      156 function 214 1 交通运输支出
      158 income subsidiary_remittance 3 附属单位上缴收入
      158 function 215 1 资源勘探工业信息等支出
      160 income operating_income 3 事业单位经营收入
      160 function 216 1 商业服务业等支出
      162 income other_income 3 其他收入
      162 function 217 1 金融支出
      164 income carryover 1 二、上年结转结余
      164 function 219 1 援助其他地区支出
      166 income appropriation_carryover 2 1、财政拨款结转
      166 function 220 1 自然资源海洋气象等支出
      168 income carryover_general_budget 3 其中：一般公共预算拨款
      168 function 221 1 住房保障支出 | 42.22
      170 income carryover_gov_fund 3 基金预算拨款
      170 function 222 1 粮油物资储备支出
      172 income carryover_state_capital 3 国有资本经营预算拨款
      172 function 223 1 国有资本经营预算支出
      174 income non_appropriation_carryover 2 2、非财政拨款结转结余
      174 function 224 1 灾害防治及应急管理支出
      176 income carryover_fiscal_special 3 其中：财政专户核拨
      176 function 227 1 预备费
      178 income carryover_unit_funds 3 单位资金
      178 function 229 1 其他支出
      180 function 230 1 转移性支出
      182 function 231 1 债务还本支出
      184 function 232 1 债务付息支出
      186 function 233 1 债务发行费用支出
      188 function 234 1 抗疫特别国债安排的支出
      190 total income_total 0 收入总计 | 468.53
      190 total expenditure_total 0 支出总计 | 468.53
      `,
      { twoSided: true }
    );
  });

  it('t2 收入总体: all general budget, continued after the page break (line 374)', () => {
    const lines = [271, 273, 275, 277, 279, 281, 283, 289, 291, 293, 295, 297, 299, 374, 376];
    const rows = FUNCTION_ROWS.map(
      ([code, level, name, total], i) => `${lines[i]} function ${code} ${level} ${name} | total=${total} appropriation=${total} general_budget=${total}`
    );
    expectTable(table('t2'), ['269 total - 0 总计 | total=468.53 appropriation=468.53 general_budget=468.53', ...rows].join('\n'));
  });

  it('t3 支出总体 and t5 一般公共预算支出', () => {
    expectTable(table('t3'), basicProjectSpec(392));
    expectTable(table('t5'), basicProjectSpec(520));
  });

  it('t4 财政拨款收支总体', () => {
    const classes: [string, string, string?][] = [
      ['201', '一般公共服务支出', '388.11'],
      ['202', '外交支出'],
      ['203', '国防支出'],
      ['204', '公共安全支出'],
      ['205', '教育支出'],
      ['206', '科学技术支出'],
      ['207', '文化旅游体育与传媒支出'],
      ['208', '社会保障和就业支出', '22.64'],
      ['209', '社会保险基金支出'],
      ['210', '卫生健康支出', '15.56'],
      ['211', '节能环保支出'],
      ['212', '城乡社区支出'],
      ['213', '农林水支出'],
      ['214', '交通运输支出'],
      ['215', '资源勘探工业信息等支出'],
      ['216', '商业服务业等支出'],
      ['217', '金融支出'],
      ['219', '援助其他地区支出'],
      ['220', '自然资源海洋气象等支出'],
      ['221', '住房保障支出', '42.22'],
      ['222', '粮油物资储备支出'],
      ['223', '国有资本经营预算支出'],
      ['224', '灾害防治及应急管理支出'],
      ['227', '预备费'],
      ['229', '其他支出'],
      ['230', '转移性支出'],
      ['231', '债务还本支出'],
      ['232', '债务付息支出'],
      ['233', '债务发行费用支出'],
      ['234', '抗疫特别国债安排的支出']
    ];
    const income: Record<number, string> = {
      444: 'income appropriation 1 一、财政拨款（补助） | 468.53',
      446: 'income general_budget 2 一般公共预算 | 468.53',
      448: 'income gov_fund 2 政府性基金预算',
      450: 'income state_capital 2 国有资本经营预算'
    };
    const rows = classes.flatMap(([code, name, value], i) => {
      const line = 444 + 2 * i;
      const expenditure = `${line} function ${code} 1 ${name}${value ? ` | total=${value} general_budget=${value}` : ''}`;
      return income[line] ? [`${line} ${income[line]}`, expenditure] : [expenditure];
    });
    rows.push('504 total income_total 0 收入总计 | 468.53', '504 total expenditure_total 0 支出总计 | total=468.53 general_budget=468.53');
    expectTable(table('t4'), rows.join('\n'), { twoSided: true });
  });

  it('t6 基本支出', () => {
    const p = (line: number, code: string, name: string, v: string) => `${line} economic ${code} 2 ${name} | total=${v} personnel=${v}`;
    const g = (line: number, code: string, name: string, v: string) => `${line} economic ${code} 2 ${name} | total=${v} public=${v}`;
    expectTable(
      table('t6'),
      `
      567 total - 0 总计 | total=376.03 personnel=253.55 public=122.48
      569 economic 301 1 工资福利支出 | total=250.96 personnel=250.96
      ${p(571, '30101', '基本工资', '75.08')}
      ${p(573, '30102', '津贴补贴', '58.00')}
      ${p(575, '30103', '奖金', '29.38')}
      ${p(577, '30107', '绩效工资', '7.27')}
      ${p(579, '30108', '机关事业单位基本养老保险缴费', '22.64')}
      ${p(581, '30110', '职工基本医疗保险缴费', '12.73')}
      ${p(583, '30111', '公务员医疗补助缴费', '2.83')}
      ${p(585, '30112', '其他社会保障缴费', '0.81')}
      ${p(587, '30113', '住房公积金', '42.22')}
      589 economic 302 1 商品和服务支出 | total=122.48 public=122.48
      ${g(591, '30201', '办公费', '5.53')}
      ${g(593, '30207', '邮电费', '6.02')}
      ${g(595, '30211', '差旅费', '10.85')}
      ${g(597, '30215', '会议费', '5.00')}
      ${g(599, '30217', '公务接待费', '19.75')}
      ${g(601, '30228', '工会经费', '2.83')}
      ${g(603, '30229', '福利费', '3.75')}
      ${g(605, '30231', '公务用车运行维护费', '27.60')}
      ${g(607, '30239', '其他交通费用', '40.00')}
      ${g(609, '30299', '其他商品和服务支出', '1.15')}
      611 economic 303 1 对个人和家庭的补助 | total=2.59 personnel=2.59
      ${p(613, '30305', '生活补助', '2.59')}
      `
    );
  });

  it('t7 项目支出: the unit-name row, then function rows and projects', () => {
    const project = (line: number, code: string, name: string, v: string) => `${line} project ${code} 4 ${name} | ${v} ~${v} fn=${code}`;
    expectTable(
      table('t7'),
      `
      676 total - 0 总计 | 92.50 ~92.50
      681 other - 0 ${UNIT} | 92.50 ~92.50
      683 function 201 1 一般公共服务支出 | 92.50 ~92.50
      689 function 20103 2 政府办公厅（室）及相关机构事务 | 92.50 ~92.50
      ${project(691, '2010302', '网站建设专项经费', '30.00')}
      ${project(693, '2010302', '慰问专项经费', '10.00')}
      ${project(695, '2010302', '政务大厅工作经费', '15.00')}
      ${project(697, '2010302', '驻外办事处专项经费', '21.00')}
      ${project(699, '2010302', '区长准备专项经费', '10.00')}
      ${project(701, '2010308', '信访业务经费', '6.50')}
      `,
      { fill: false }
    );
  });

  it('t10 三公', () => {
    expectTable(
      table('t10'),
      `
      755 sangong sangong_total 0 合计 | total=47.35 general_budget=47.35
      757 sangong outbound 1 因公出国（境）费
      759 sangong reception 1 公务接待费 | total=19.75 general_budget=19.75
      761 sangong vehicle_total 1 公务用车购置及运行费（小计） | total=27.60 general_budget=27.60
      763 sangong vehicle_purchase 2 其中：公务用车购置费
      765 sangong vehicle_operation 2 公务用车运行费 | total=27.60 general_budget=27.60
      `
    );
  });

  it('issues: only the t7 economic-column notice', () => {
    expect(issues.map((issue) => [issue.code, issue.source?.line])).toEqual([['column-ambiguous', 676]]);
  });
});
