import type { IndicatorCode, IndicatorFiguresFragment, IndicatorProject } from '../../gql/graphql';

/*
 * Indicator results as the API answers them, for the tests of the
 * dashboard, the indicator pages and the regions' indicator tables.
 */

/** The 19 indicators with their projects and titles. */
export const definitions: Array<[IndicatorCode, IndicatorProject, string, string]> = [
  ['COOP_PARTY_COVERAGE', 'ORGANIZATION_SETUP', '农民专业合作社党组织覆盖率', 'Cooperatives with a party organization'],
  ['SECRETARY_DIRECTOR_CONCURRENT', 'ORGANIZATION_SETUP', '村党组织书记兼任村委会主任比例', "Village secretaries who also direct the villagers' committee"],
  ['MASS_ORG_HEADS_IN_PARTY', 'ORGANIZATION_SETUP', '群团组织负责人由村党组织成员担任', 'Mass-organization heads on the village party organization'],
  ['BORDER_TOWNSHIP_OFFICER', 'ORGANIZATION_SETUP', '边境乡镇党委有边防军警干部', 'Border townships with a border officer on the party committee'],
  ['BORDER_VILLAGE_OFFICER', 'ORGANIZATION_SETUP', '边境村党组织班子有边防军警干部', "Border villages with a border officer in the party organization's leadership"],
  ['RESERVE_CADRES', 'CADRE_QUALITY', '村级后备干部', 'Reserve village cadres'],
  ['COLLEGE_GRADUATE_OFFICIAL', 'CADRE_QUALITY', '一村一名大学生', 'One college graduate per village'],
  ['ACTIVISTS', 'CADRE_QUALITY', '入党积极分子', 'Activists applying to join the Party'],
  ['YOUNG_MEMBER_ADMITTED', 'CADRE_QUALITY', '每年发展青年党员', 'A young member admitted every year'],
  ['YOUNG_MEMBER_SHARE', 'CADRE_QUALITY', '35岁以下农村党员比例', 'Rural party members under 35'],
  ['SECRETARY_LEADS_PROJECT', 'ENTREPRENEURSHIP', '村党组织书记领办致富项目', 'Village secretaries leading a prosperity project'],
  ['SECRETARY_SKILLED', 'ENTREPRENEURSHIP', '村党组织书记掌握致富技能', 'Village secretaries with a practical skill'],
  ['VENUE_COVERAGE', 'ORGANIZATION_SETUP', '村级组织活动场所全覆盖', 'Villages with an activity venue'],
  ['HEADS_INSURED', 'CADRE_QUALITY', '村党组织书记、村委会主任参加养老保险', 'Village secretaries and directors with endowment insurance'],
  ['CADRE_ROTATION_TRAINED', 'ENTREPRENEURSHIP', '农村干部岗位能力轮训', 'Village cadres through the yearly rotation training'],
  ['HEADS_TRAINING_DAYS', 'ENTREPRENEURSHIP', '村党组织书记、村委会主任培训天数', 'Training days of village secretaries and directors'],
  ['BACKWARD_VILLAGE_TWINNED', 'ORGANIZATION_SETUP', '相对落后村结对共建', 'Backward villages twinned'],
  ['SECRETARY_PAY_FLOOR', 'CADRE_QUALITY', '村党组织书记基本报酬不低于上年农村劳动力平均收入', "Village secretaries paid at least last year's average rural income"],
  ['PARTY_ORG_APPRAISED', 'CADRE_QUALITY', '村党组织民主评议', 'Village party organizations appraised'],
];

/**
 * One result's figures: by default 77 of 150 villages against a target of
 * 100% with no deadline (not met, 73 short), as RESERVE_CADRES reads.
 */
export function figures(code: IndicatorCode, over: Partial<IndicatorFiguresFragment> = {}): IndicatorFiguresFragment {
  const [, project, zh, en] = definitions.find((d) => d[0] === code)!;
  return {
    code,
    project,
    title: { zh, en },
    unit: { zh: '行政村', en: 'villages' },
    unitKind: 'REGION',
    numerator: 77,
    denominator: 150,
    value: 77 / 150,
    target: 1,
    deadline: null,
    yearly: false,
    met: false,
    overdue: false,
    gap: 73,
    ...over,
  };
}

/** All 19, each as figures() makes it, with over applied to those named. */
export function allFigures(over: Partial<Record<IndicatorCode, Partial<IndicatorFiguresFragment>>> = {}): IndicatorFiguresFragment[] {
  return definitions.map(([code]) => figures(code, over[code]));
}
