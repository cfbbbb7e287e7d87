import type {
  LinkActivityKind,
  LinkKind,
  LinkStatus,
  PersonBackground,
  PersonEducation,
  PersonGender,
  PersonPoliticalStatus,
  PositionRole,
  PositionSelectionMethod,
  ProjectKind,
  ProjectStatus,
} from '../gql/graphql';

/*
 * The API's enumerations in the order the interface lists them.
 */

/** Link kinds in the order the filters and the timeline list them. */
export const LINK_KINDS: readonly LinkKind[] = [
  'VILLAGE_VILLAGE',
  'VILLAGE_ENTERPRISE',
  'VILLAGE_COMMUNITY',
  'URBAN_RURAL_TWINNING',
  'INDUSTRY_CHAIN',
  'MILITARY_CIVILIAN',
];

/** Leading posts first. */
export const ROLE_ORDER: readonly PositionRole[] = [
  'SECRETARY',
  'FIRST_SECRETARY',
  'DIRECTOR',
  'HEAD',
  'DEPUTY_SECRETARY',
  'DEPUTY_DIRECTOR',
  'COMMITTEE_MEMBER',
  'ASSISTANT',
  'PART_TIME_MEMBER',
  'RESERVE_CADRE',
  'MEMBER',
];

/** How a post's holder was selected, in the order the forms list them. */
export const SELECTION_METHODS: readonly PositionSelectionMethod[] = [
  'DIRECT_ELECTION',
  'PUBLIC_RECOMMENDATION_DIRECT_ELECTION',
  'TWO_RECOMMENDATIONS_ONE_ELECTION',
  'OPEN_SELECTION',
  'TOWNSHIP_APPOINTMENT',
  'CROSS_VILLAGE',
  'SENT_BY_ORGAN',
  'COLLEGE_GRADUATE_HIRE',
];

/** A link's life, from proposed to ended. */
export const LINK_STATUSES: readonly LinkStatus[] = ['PROPOSED', 'ACTIVE', 'SUSPENDED', 'ENDED'];

export const LINK_ACTIVITY_KINDS: readonly LinkActivityKind[] = ['VISIT', 'FUNDING', 'TRAINING', 'PROJECT', 'DONATION', 'OTHER'];

export const PROJECT_KINDS: readonly ProjectKind[] = ['PLANTING', 'BREEDING', 'PROCESSING', 'TOURISM', 'ECOMMERCE', 'LABOR_SERVICE', 'OTHER'];

/** A project's life, from planned to accepted (or suspended, failed). */
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['PLANNED', 'UNDERWAY', 'ACCEPTED', 'SUSPENDED', 'FAILED'];

export const GENDERS: readonly PersonGender[] = ['MALE', 'FEMALE'];

export const EDUCATIONS: readonly PersonEducation[] = ['PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE'];

/** From the masses through the steps of admission to full membership. */
export const POLITICAL_STATUSES: readonly PersonPoliticalStatus[] = ['MASSES', 'APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'MEMBER'];

export const BACKGROUNDS: readonly PersonBackground[] = [
  'VILLAGE_CADRE',
  'RICH_EXPERT',
  'FARMER_BROKER',
  'COOPERATIVE_LEADER',
  'VETERAN',
  'RETURNEE',
  'MIGRANT_WORKER',
  'COLLEGE_GRADUATE',
  'ENTERPRISE_MANAGER',
  'RETIREE',
  'ORGAN_CADRE',
  'BORDER_OFFICER',
];
