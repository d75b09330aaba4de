/** A hand-made Disclosure with seed 000's figures (乌鲁木齐县人民政府办公室, 2023), its real errors included. */
import type { Disclosure } from '../../model/disclosure';
import { disclosure, fact, src, tbl, w } from './builder';

const G = { scope: 'general_budget' } as const;

export function seed000(): Disclosure {
  return disclosure({
    unit: { name: '乌鲁木齐县人民政府办公室', variants: ['乌鲁木齐县人民政府办公室', '乌木齐县人民政府办公室'], province: '新疆维吾尔自治区', city: '乌鲁木齐市', region: '乌鲁木齐县', divisionCode: null },
    docScope: '单位',
    staff: { quota: 24, actual: 34, active: 21, retired: 13, retiredVeteran: 0, activeChange: 2, retiredChange: -1, retiredVeteranChange: 0, source: src(95) },
    tables: [
      tbl('t1', ['total'], `
        I:current_income|本年收入|370.29
        I:general_budget|一般公共预算拨款|362.29
        I:gov_fund|基金预算拨款|8.00
        I:carryover|上年结转结余|3.00
        I:income_total|收入总计|373.29
        E:201|一般公共服务支出|305.50
        E:206|科学技术支出|17.00
        E:208|社会保障和就业支出|39.79
        E:212|城乡社区支出|8.00
        E:229|其他支出|3.00
        E:expenditure_total|本年支出总计|373.29`),
      tbl('t2', ['total', 'appropriation', 'general_budget', 'gov_fund', 'carryover'], `
        *|合计|373.29 370.29 362.29 8.00 3.00
        201|一般公共服务支出|305.50 305.50 305.50
        20103|政府办公厅（室）及相关机构事务|305.50 305.50 305.50
        2010301|行政运行|221.57 221.57 221.57
        2010308|信访事务|5.00 5.00 5.00
        2010350|事业运行|78.93 78.93 78.93
        206|科学技术支出|17.00 17.00 17.00
        20604|技术研究与开发|17.00 17.00 17.00
        2060499|其他技术研究与开发支出|17.00 17.00 17.00
        208|社会保障和就业支出|39.79 39.79 39.79
        20805|行政事业单位养老支出|39.79 39.79 39.79
        2080501|行政单位离退休|5.66 5.66 5.66
        2080505|机关事业单位基本养老保险缴费支出|34.13 34.13 34.13
        212|城乡社区支出|8.00 8.00 - 8.00
        21208|国有土地使用权出让收入安排的支出|8.00 8.00 - 8.00
        2120899|其他国有土地使用权出让收入安排的支出|8.00 8.00 - 8.00
        229|其他支出|3.00 - - - 3.00
        22999|其他支出|3.00 - - - 3.00
        2299999|其他支出|3.00 - - - 3.00`),
      tbl('t3', ['total', 'basic', 'project'], `
        *|总计|373.29 340.29 33.00
        201|一般公共服务支出|305.50 300.50 5.00
        20103|政府办公厅（室）及相关机构事务|305.50 300.50 5.00
        2010301|行政运行|221.57 221.57
        2010308|信访事务|5.00 - 5.00
        2010350|事业运行|78.93 78.93
        206|科学技术支出|17.00 - 17.00
        20604|技术研究与开发|17.00 - 17.00
        2060499|其他技术研究与开发支出|17.00 - 17.00
        208|社会保障和就业支出|39.79 39.79
        20805|行政事业单位养老支出|39.79 39.79
        2080501|行政单位离退休|5.66 5.66
        2080505|机关事业单位基本养老保险缴费支出|34.13 34.13
        212|城乡社区支出|8.00 - 8.00
        21208|国有土地使用权出让收入安排的支出|8.00 - 8.00
        2120899|其他国有土地使用权出让收入安排的支出|8.00 - 8.00
        229|其他支出|3.00 - 3.00
        22999|其他支出|3.00 - 3.00
        2299999|其他支出|3.00 - 3.00`),
      tbl('t4', ['total', 'general_budget', 'gov_fund', 'state_capital'], `
        I:appropriation|财政拨款（补助）|370.29
        I:general_budget|一般公共预算|362.29
        I:gov_fund|政府性基金预算|8.00
        I:income_total|收入总计|370.29
        E:201|一般公共服务支出|305.50 305.50
        E:206|科学技术支出|17.00 17.00
        E:208|社会保障和就业支出|39.79 39.79
        E:212|城乡社区支出|8.00 - 8.00
        E:expenditure_total|支出总计|370.29 362.29 8.00`),
      tbl('t5', ['total', 'basic', 'project'], `
        *|总计|362.29 340.29 22.00
        201|一般公共服务支出|305.50 300.50 5.00
        20103|政府办公厅（室）及相关机构事务|305.50 300.50 5.00
        2010301|行政运行|221.57 221.57
        2010308|信访事务|5.00 - 5.00
        2010350|事业运行|78.93 78.93
        206|科学技术支出|17.00 - 17.00
        20604|技术研究与开发|17.00 - 17.00
        2060499|其他技术研究与开发支出|17.00 - 17.00
        208|社会保障和就业支出|39.79 39.79
        20805|行政事业单位养老支出|39.79 39.79
        2080501|行政单位离退休|5.66 5.66
        2080505|机关事业单位基本养老保险缴费支出|34.13 34.13`),
      tbl('t6', ['total', 'personnel', 'public'], `
        *|总计|340.29 326.40 13.89
        301|工资福利支出|320.16 320.16
        30101|基本工资|89.20 89.20
        30102|津贴补贴|67.61 67.61
        30103|奖金|49.41 49.41
        30107|绩效工资|20.20 20.20
        30108|机关事业单位基本养老保险缴费|34.13 34.13
        30110|职工基本医疗保险缴费|24.52 24.52
        30111|公务员医疗补助缴费|6.08 6.08
        30112|其他社会保障缴费|0.83 0.83
        30113|住房公积金|27.21 27.21
        30199|其他工资福利支出|0.97 0.97
        302|商品和服务支出|13.89 - 13.89
        30201|办公费|4.60 - 4.60
        30207|邮电费|0.60 - 0.60
        30211|差旅费|0.80 - 0.80
        30213|维修(护)费|
        30217|公务接待费|0.34 - 0.34
        30228|工会经费|2.16 - 2.16
        30229|福利费|4.97 - 4.97
        30299|其他商品和服务支出|0.42 - 0.42
        303|对个人和家庭的补助|6.23 6.24
        30302|退休费|5.66 5.66
        30305|生活补助|0.58 0.58`),
      tbl('t7', ['total', 'econ_302'], `
        *|总计|22.00 22.00
        201|一般公共服务支出|5.00 5.00
        20103|政府办公厅（室）及相关机构事务|5.00 5.00
        P:2010308|重要节日、重大会议敏感节点期间信访值班备勤及劝返经费|5.00 5.00
        206|科学技术支出|17.00 17.00
        20604|技术研究与开发|17.00 17.00
        P:2060499|政府网站维护、运行和改版、升级经费|17.00 17.00`),
      tbl('t8', ['total', 'basic', 'project'], `
        *|总计|8.00 - 8.00
        212|城乡社区支出|8.00 - 8.00
        21208|国有土地使用权出让收入安排的支出|8.00 - 8.00
        2120899|其他国有土地使用权出让收入安排的支出|8.00 - 8.00`),
      tbl('t9', ['total', 'basic', 'project'], '', { emptyNote: '备注：没有使用国有资本经营预算安排的支出，国有资本经营预算支出情况表为空表。' }),
      tbl('t10', ['total', 'general_budget', 'gov_fund', 'state_capital'], `
        sangong_total|合计|0.34 0.34
        outbound|因公出国（境）费|
        reception|公务接待费|0.34 0.34
        vehicle_total|公务用车购置及运行费（小计）|
        vehicle_purchase|其中：公务用车购置费|
        vehicle_operation|公务用车运行费|`)
    ],
    facts: [
      fact('income_total', '373.29', { line: 980 }),
      fact('general_budget', '362.29', { line: 982 }),
      fact('gov_fund', '8.00', { line: 982 }),
      fact('carryover', '3.00', { line: 984 }),
      fact('function', '305.50', { code: '201', name: '一般公共服务支出', line: 986 }),
      fact('function', '17.00', { code: '206', name: '科学技术支出', line: 986 }),
      fact('function', '39.79', { code: '208', name: '社会保障和就业支出', line: 988 }),
      fact('function', '8.00', { code: '212', name: '城乡社区支出', line: 988 }),
      fact('function', '3.00', { code: '229', name: '其他支出', line: 990 }),
      fact('income_total', '373.29', { line: 996 }),
      fact('general_budget', '362.29', { line: 998, share: '97.05', change: ['decrease', '2.41', '0.66'] }),
      fact('gov_fund', '8.0', { line: 1004, share: '2.14', change: ['increase', '8.00', '100.00'] }),
      fact('carryover', '3.0', { line: 1014, share: '0.81', change: ['increase', '3.00', '100.00'] }),
      fact('expenditure_total', '373.29', { line: 1024 }),
      fact('basic', '340.29', { line: 1028, share: '91.16', change: ['increase', '7.67', '2.31'] }),
      fact('project', '33.00', { line: 1032, share: '8.84', change: ['increase', '0.92', '2.87'] }),
      fact('appropriation', '370.29', { line: 1042, scope: 'appropriation' }),
      fact('general_budget', '362.29', { line: 1044, scope: 'appropriation' }),
      fact('gov_fund', '8.00', { line: 1044, scope: 'appropriation' }),
      fact('function', '305.50', { ...G, code: '201', name: '一般公共服务支出', line: 1048 }),
      fact('function', '39.79', { ...G, code: '208', name: '社会保障和就业支出', line: 1052 }),
      fact('function', '17.00', { ...G, code: '206', name: '科学技术支出', line: 1054 }),
      fact('function', '8.00', { scope: 'gov_fund', code: '212', name: '城乡社区支出', line: 1058 }),
      fact('general_budget', '362.29', { ...G, line: 1074 }),
      fact('basic', '340.29', { ...G, line: 1078, change: ['increase', '7.67', '2.31'] }),
      fact('project', '22.00', { ...G, line: 1082, change: ['decrease', '10.08', '31.42'] }),
      fact('function', '305.50', { ...G, code: '201', name: '一般公共服务支出', line: 1088, share: '84.32' }),
      fact('function', '17.00', { ...G, code: '206', name: '科学技术支出', line: 1090, share: '4.69' }),
      fact('function', '39.80', { ...G, code: '208', name: '社会保障和就业支出', line: 1092, share: '10.99' }),
      fact('function', '221.57', { ...G, code: '2010301', name: '行政运行', line: 1098, change: ['decrease', '81.99', '27.01'] }),
      fact('function', '5.00', { ...G, code: '2010308', name: '信访事务', line: 1106, change: ['increase', '3.00', '150.00'] }),
      fact('function', '78.93', { ...G, code: '2010350', name: '事业运行', line: 1118, change: ['increase', '78.93', '100.00'] }),
      fact('function', '17.00', { ...G, code: '2060499', name: '其他技术研究与开发支出', line: 1126, change: ['increase', '17.00', '100.00'] }),
      fact('function', '5.66', { ...G, code: '2080501', name: '行政单位离退休', line: 1136, change: ['increase', '1.49', '35.73'] }),
      fact('function', '34.13', { ...G, code: '2080505', name: '机关事业单位基本养老保险缴费支出', line: 1144, change: ['increase', '9.24', '37.12'] }),
      fact('function', '0.00', { ...G, code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', line: 1152, change: ['decrease', '30.08', '100.00'] }),
      fact('basic', '340.29', { ...G, line: 1166 }),
      fact('personnel', '326.40', { ...G, line: 1168 }),
      fact('public_funds', '13.89', { ...G, line: 1176 }),
      fact('gov_fund', '8.00', { scope: 'gov_fund', line: 1228, change: ['increase', '8.00', '100.00'] }),
      fact('function', '8.00', { scope: 'gov_fund', code: '2120899', name: '其他国有土地使用权出让收入安排的支出', line: 1242, change: ['increase', '8.00', '100.00'] }),
      fact('sangong_total', '0.34', { scope: 'appropriation', line: 1264, change: ['decrease', '43.21', '99.22'] }),
      fact('sangong_outbound', '0.00', { scope: 'appropriation', line: 1266, change: ['increase', '0.00', '0.00'] }),
      fact('sangong_reception', '0.34', { scope: 'appropriation', line: 1266, change: ['decrease', '0.01', '2.86'] }),
      fact('sangong_vehicle_purchase', '0.00', { scope: 'appropriation', line: 1268, change: ['increase', '0.00', '0.00'] }),
      fact('sangong_vehicle_operation', '0.00', { scope: 'appropriation', line: 1268, change: ['decrease', '43.20', '100.00'] }),
      fact('operating_costs', '13.89', { scope: 'appropriation', line: 1294, change: ['decrease', '41.30', '74.83'] }),
      fact('procurement_total', '1.47', { line: 1302 }),
      fact('procurement_goods', '0.87', { line: 1306 }),
      fact('procurement_works', '0.00', { line: 1306 }),
      fact('procurement_services', '0.60', { line: 1308 }),
      fact('procurement_sme', '0.00', { line: 1310 }),
      fact('procurement_small_micro', '1.47', { line: 1312 })
    ],
    performance: {
      fiscalProjectCount: 4,
      fiscalAmount: w('30.00'),
      nonFiscalProjectCount: 0,
      nonFiscalAmount: 0,
      source: src(1344, '2023 年，本年度预算绩效管理的财政拨款项目 4 个，涉及预'),
      projects: [
        { name: '政府网站维护、运行和改版、升级经费', amount: w('17'), source: src(1358) },
        { name: '电子政务工作经费', amount: w('4.00'), source: src(1524) },
        { name: '重要节日、重大会议敏感节点期间信访值班备勤及劝返经费', amount: w('5'), source: src(1703) },
        { name: '文印耗材费', amount: w('4.00'), source: src(1881) }
      ]
    },
    assets: { vehicles: 3, vehiclesValue: w('90.00'), source: src(1324) }
  });
}
