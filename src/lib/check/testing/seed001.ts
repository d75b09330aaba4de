/** A hand-made Disclosure with seed 001's figures (乌尔禾区人民政府办公室, 2023 部门预算), its real errors included. */
import type { Disclosure } from '../../model/disclosure';
import { disclosure, fact, src, tbl, w } from './builder';

const G = { scope: 'general_budget' } as const;
const A = { scope: 'appropriation' } as const;

const FUNCTION_ROWS = `
  201|一般公共服务支出|388.11 295.61 92.50
  20103|政府办公厅（室）及相关机构事务|388.11 295.61 92.50
  2010301|行政运行|295.61 295.61
  2010302|一般行政管理事务|86.00 - 86.00
  2010308|信访事务|6.50 - 6.50
  208|社会保障和就业支出|22.64 22.64
  20805|行政事业单位养老支出|22.64 22.64
  2080505|机关事业单位基本养老保险缴费支出|22.64 22.64
  210|卫生健康支出|15.56 15.56
  21011|行政事业单位医疗|15.56 15.56
  2101101|行政单位医疗|12.73 12.73
  2101103|公务员医疗补助|2.83 2.83
  221|住房保障支出|42.22 42.22
  22102|住房改革支出|42.22 42.22
  2210201|住房公积金|42.22 42.22`;

export function seed001(): Disclosure {
  return disclosure({
    unit: { name: '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', variants: ['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）'], province: '新疆维吾尔自治区', city: '克拉玛依市', region: '乌尔禾区', divisionCode: null },
    docScope: '部门',
    staff: { quota: 15, actual: 15, active: 11, retired: 0, retiredVeteran: 4, activeChange: -4, retiredChange: 0, retiredVeteranChange: -4, source: src(113) },
    tables: [
      tbl('t1', ['total'], `
        I:current_income|本年收入|468.53
        I:general_budget|一般公共预算拨款|468.53
        I:income_total|收入总计|468.53
        E:201|一般公共服务支出|388.11
        E:208|社会保障和就业支出|22.64
        E:210|卫生健康支出|15.56
        E:221|住房保障支出|42.22
        E:expenditure_total|支出总计|468.53`),
      tbl('t2', ['total', 'appropriation', 'general_budget'], `
        *|总计|468.53 468.53 468.53
        ${FUNCTION_ROWS.replace(/\|([\d.]+) [\d.-]+(?: [\d.]+)?$/gm, '|$1 $1 $1')}`),
      tbl('t3', ['total', 'basic', 'project'], `*|总计|468.53 376.03 92.50\n${FUNCTION_ROWS}`),
      tbl('t4', ['total', 'general_budget', 'gov_fund', 'state_capital'], `
        I:appropriation|财政拨款（补助）|468.53
        I:general_budget|一般公共预算|468.53
        I:income_total|收入总计|468.53
        E:201|一般公共服务支出|388.11 388.11
        E:208|社会保障和就业支出|22.64 22.64
        E:210|卫生健康支出|15.56 15.56
        E:221|住房保障支出|42.22 42.22
        E:expenditure_total|支出总计|468.53 468.53`),
      tbl('t5', ['total', 'basic', 'project'], `*|总计|468.53 376.03 92.50\n${FUNCTION_ROWS}`),
      tbl('t6', ['total', 'personnel', 'public'], `
        *|总计|376.03 253.55 122.48
        301|工资福利支出|250.96 250.96
        30101|基本工资|75.08 75.08
        30102|津贴补贴|58.00 58.00
        30103|奖金|29.38 29.38
        30107|绩效工资|7.27 7.27
        30108|机关事业单位基本养老保险缴费|22.64 22.64
        30110|职工基本医疗保险缴费|12.73 12.73
        30111|公务员医疗补助缴费|2.83 2.83
        30112|其他社会保障缴费|0.81 0.81
        30113|住房公积金|42.22 42.22
        302|商品和服务支出|122.48 - 122.48
        30201|办公费|5.53 - 5.53
        30207|邮电费|6.02 - 6.02
        30211|差旅费|10.85 - 10.85
        30215|会议费|5.00 - 5.00
        30217|公务接待费|19.75 - 19.75
        30228|工会经费|2.83 - 2.83
        30229|福利费|3.75 - 3.75
        30231|公务用车运行维护费|27.60 - 27.60
        30239|其他交通费用|40.00 - 40.00
        30299|其他商品和服务支出|1.15 - 1.15
        303|对个人和家庭的补助|2.59 2.59
        30305|生活补助|2.59 2.59`),
      tbl('t7', ['total', 'econ_302'], `
        *|总计|92.50 92.50
        201|一般公共服务支出|92.50 92.50
        20103|政府办公厅（室）及相关机构事务|92.50 92.50
        P:2010302|网站建设专项经费|30.00 30.00
        P:2010302|慰问专项经费|10.00 10.00
        P:2010302|政务大厅工作经费|15.00 15.00
        P:2010302|驻外办事处专项经费|21.00 21.00
        P:2010302|区长准备专项经费|10.00 10.00
        P:2010308|信访业务经费|6.50 6.50`),
      tbl('t8', ['total', 'basic', 'project'], '', { emptyNote: '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）2023 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。' }),
      tbl('t9', ['total', 'basic', 'project'], '', { emptyNote: '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）2023 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。' }),
      tbl('t10', ['total', 'general_budget', 'gov_fund', 'state_capital'], `
        sangong_total|合计|47.35 47.35
        outbound|因公出国（境）费|
        reception|公务接待费|19.75 19.75
        vehicle_total|公务用车购置及运行费（小计）|27.60 27.60
        vehicle_purchase|其中：公务用车购置费|
        vehicle_operation|公务用车运行费|27.60 27.60`)
    ],
    facts: [
      fact('income_total', '468.53', { line: 774 }),
      fact('income_total', '468.53', { line: 788 }),
      fact('general_budget', '468.53', { line: 792, share: '100.00', change: ['decrease', '81.47', '14.81'] }),
      fact('gov_fund', '0.00', { line: 800, share: '0.00', change: ['increase', '0', '0'] }),
      fact('state_capital', '0.00', { line: 806, share: '0.00', change: ['increase', '0', '0'] }),
      fact('expenditure_total', '468.53', { line: 815 }),
      fact('basic', '376.03', { line: 819, share: '80.26', change: ['decrease', '97.44', '20.58'] }),
      fact('project', '92.50', { line: 825, share: '19.74', change: ['increase', '15.97', '20.87'] }),
      fact('appropriation', '468.53', { ...A, line: 837 }),
      fact('general_budget', '468.53', { ...A, line: 845 }),
      fact('function', '388.11', { ...G, code: '201', name: '一般公共服务支出', line: 847 }),
      fact('function', '22.64', { ...G, code: '208', name: '社会保障和就业支出', line: 849 }),
      fact('function', '15.56', { ...G, code: '210', name: '卫生健康支出', line: 851 }),
      fact('function', '42.22', { ...G, code: '221', name: '住房保障支出', line: 853 }),
      fact('general_budget', '468.53', { ...G, line: 866 }),
      fact('basic', '376.03', { ...G, line: 870, change: ['decrease', '97.44', '20.58'] }),
      fact('project', '92.50', { ...G, line: 874, change: ['increase', '15.97', '20.87'] }),
      fact('function', '388.11', { ...G, code: '201', name: '一般公共服务支出', line: 882, share: '82.84' }),
      fact('function', '22.64', { ...G, code: '208', name: '社会保障和就业支出', line: 884, share: '4.83' }),
      fact('function', '15.56', { ...G, code: '210', name: '卫生健康支出', line: 886, share: '3.32' }),
      fact('function', '42.22', { ...G, code: '221', name: '住房保障支出', line: 888, share: '9.01' }),
      fact('function', '295.61', { ...G, code: '2010301', name: '行政运行', line: 892, change: ['decrease', '152.82', '34.08'] }),
      fact('function', '86.00', { ...G, code: '2010302', name: '一般行政管理事务', line: 902, change: ['increase', '11.47', '15.39'] }),
      fact('function', '6.50', { ...G, code: '2010308', name: '信访事务', line: 909, change: ['increase', '4.50', '225.00'] }),
      fact('function', '22.64', { ...G, code: '2080505', name: '机关事业单位基本养老保险缴费支出', line: 915, change: ['decrease', '2.40', '9.58'] }),
      fact('function', '12.73', { ...G, code: '2101101', name: '行政单位医疗', line: 923, change: ['increase', '12.73', '100'] }),
      fact('function', '2.83', { ...G, code: '2101103', name: '公务员医疗补助', line: 931, change: ['increase', '2.83', '100'] }),
      fact('function', '42.22', { ...G, code: '2210201', name: '住房公积金', line: 939, change: ['increase', '42.22', '100'] }),
      fact('basic', '376.03', { ...G, line: 949 }),
      fact('personnel', '253.55', { ...G, line: 953 }),
      fact('public_funds', '122.48', { ...G, line: 958 }),
      fact('sangong_total', '47.35', { ...A, line: 1076, change: ['decrease', '19.75', '29.43'] }),
      fact('sangong_outbound', '0', { ...A, line: 1078, change: ['increase', '0', '0'] }),
      fact('sangong_vehicle_purchase', '0', { ...A, line: 1078, change: ['increase', '0', '0'] }),
      fact('sangong_vehicle_operation', '27.60', { ...A, line: 1080, change: ['decrease', '21.00', '43.21'] }),
      fact('sangong_reception', '19.75', { ...A, line: 1080, change: ['increase', '1.25', '6.76'] }),
      fact('operating_costs', '122.48', { ...A, line: 1102, change: ['increase', '14.71', '13.64'] }),
      fact('procurement_total', '5.00', { line: 1109 }),
      fact('procurement_goods', '5.00', { line: 1111 }),
      fact('procurement_works', '0', { line: 1111 }),
      fact('procurement_services', '0', { line: 1113 }),
      fact('procurement_sme', '0', { line: 1115 }),
      fact('procurement_small_micro', '0', { line: 1117 })
    ],
    performance: {
      fiscalProjectCount: 6,
      fiscalAmount: w('92.50'),
      nonFiscalProjectCount: 0,
      nonFiscalAmount: 0,
      source: src(1145, '2023 年，本年度实行绩效管理的财政拨款项目 6个，涉及预算金额 92.50'),
      projects: [
        { name: '网站建设专项经费', amount: w('30.00'), source: src(1152) },
        { name: '慰问专项经费', amount: w('10.00'), source: src(1330) },
        { name: '信访业务经费', amount: w('6.50'), source: src(1514) },
        { name: '应急专项经费', amount: w('10.00'), source: src(1693) },
        { name: '政务大厅工作经费', amount: w('15.00'), source: src(1877) },
        { name: '驻外办事处专项经费', amount: w('21.00'), source: src(2078) }
      ]
    },
    assets: { vehicles: 0, vehiclesValue: 0, source: src(1127) }
  });
}
